using System.Collections.Immutable;
using System.Text;
using Extract.Documents;

namespace Extract.Facts;

/// <summary>The indicators the fact stage knows, with their names in both languages: a terminology base. The
/// <see cref="Default"/> catalog ships with the library; a translator's own term base is one <see cref="Load"/>
/// away, and <see cref="With(IndicatorCatalog)"/> lays it over the default.</summary>
/// <remarks>
/// A catalog file is UTF-8 text, one indicator per line, four tab-separated columns: id, unit
/// (<c>count</c>, <c>people</c>, <c>money</c>, <c>percent</c>, <c>rate</c>, <c>duration</c>, <c>score</c>), Chinese names and English names, each list
/// separated by <c>|</c>, the first name being the one shown. Lines starting with <c>#</c> and blank lines are skipped.
/// A name may leave gaps written <c>…</c> between its parts, and mark the figure's place with <c>#</c>:
/// <code>
/// court.ip.concluded	count	法院…审结	court…concluded…#…cases
/// </code>
/// Catalogs are immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var catalog = IndicatorCatalog.Default.With(IndicatorCatalog.Load("my-terms.tsv"));
/// var facts = new FactExtractor(catalog).Extract(document);
/// </code>
/// </example>
public sealed class IndicatorCatalog
{
    /// <summary>The largest catalog file read, in bytes: a term base is small; anything larger is not one.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The longest line read, in characters.</summary>
    public const int MaxLineLength = 4000;

    private const string ResourceName = "Extract.Facts.IndicatorCatalog.tsv";

    private static readonly Lazy<IndicatorCatalog> DefaultCatalog = new(LoadDefault);

    private readonly ImmutableDictionary<string, Indicator> byId;

    private IndicatorCatalog(ImmutableArray<Indicator> indicators, ImmutableArray<IndicatorTerm> chinese, ImmutableArray<IndicatorTerm> english)
    {
        Indicators = indicators;
        ChineseTerms = chinese;
        EnglishTerms = english;
        byId = indicators.ToImmutableDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalog shipped with the library: every indicator the Shanghai IP white papers and press
    /// releases report.</summary>
    public static IndicatorCatalog Default => DefaultCatalog.Value;

    /// <summary>The indicators, in the order they were given.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>The Chinese names as the matcher reads them.</summary>
    internal ImmutableArray<IndicatorTerm> ChineseTerms { get; }

    /// <summary>The English names as the matcher reads them.</summary>
    internal ImmutableArray<IndicatorTerm> EnglishTerms { get; }

    /// <summary>A catalog of exactly <paramref name="indicators"/>.</summary>
    /// <exception cref="ArgumentException">When two indicators share an id, or a name is malformed.</exception>
    public static IndicatorCatalog Create(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var list = indicators.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in list)
        {
            if (!seen.Add(indicator.Id))
            {
                throw new ArgumentException($"The indicator {indicator.Id} is given twice.", nameof(indicators));
            }
        }

        return Build(list, (indicator, name, problem) => throw new ArgumentException($"{indicator.Id}: {problem}", nameof(indicators)));
    }

    /// <summary>Reads a catalog file.</summary>
    /// <exception cref="DataFileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="IndicatorCatalogFormatException">When a line cannot be read; the error names the line and why.</exception>
    public static IndicatorCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataFileNotFoundException(path, "indicator catalog");
        }

        if (new FileInfo(path).Length > MaxFileBytes)
        {
            throw new IndicatorCatalogFormatException(path, 0, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB, too large for an indicator catalog");
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>Reads a catalog from <paramref name="reader"/>; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="IndicatorCatalogFormatException">When a line cannot be read; the error names the line and why.</exception>
    public static IndicatorCatalog Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        long characters = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            characters += line.Length + 1;
            if (characters > MaxFileBytes)
            {
                throw new IndicatorCatalogFormatException(sourceName, 0, $"the text is longer than {MaxFileBytes} characters, too large for an indicator catalog");
            }

            if (line.Length > MaxLineLength)
            {
                throw new IndicatorCatalogFormatException(sourceName, number, $"the line is longer than {MaxLineLength} characters");
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var indicator = ParseLine(line, sourceName, number);
            if (lines.TryGetValue(indicator.Id, out var first))
            {
                throw new IndicatorCatalogFormatException(sourceName, number, $"the indicator {indicator.Id} is already given on line {first}");
            }

            lines[indicator.Id] = number;
            indicators.Add(indicator);
        }

        if (indicators.Count == 0)
        {
            throw new IndicatorCatalogFormatException(sourceName, 0, "the file holds no indicator");
        }

        return Build(indicators.ToImmutable(), (indicator, name, problem) =>
            throw new IndicatorCatalogFormatException(sourceName, lines[indicator.Id], problem));
    }

    /// <summary>The indicator with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public Indicator? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }

    /// <summary>This catalog with <paramref name="other"/>'s indicators laid over it: an indicator of the same id is
    /// replaced in place (names and unit), a new one is added at the end.</summary>
    public IndicatorCatalog With(IndicatorCatalog other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return With(other.Indicators);
    }

    /// <summary>This catalog with <paramref name="indicators"/> laid over it: an indicator of the same id is replaced
    /// in place, a new one is added at the end.</summary>
    /// <exception cref="ArgumentException">When <paramref name="indicators"/> gives an id twice.</exception>
    public IndicatorCatalog With(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var replacements = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        var added = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            if (!replacements.TryAdd(indicator.Id, indicator))
            {
                throw new ArgumentException($"The indicator {indicator.Id} is given twice.", nameof(indicators));
            }

            if (!byId.ContainsKey(indicator.Id))
            {
                added.Add(indicator);
            }
        }

        var merged = Indicators.Select(i => replacements.GetValueOrDefault(i.Id, i)).Concat(added);
        return Create(merged);
    }

    /// <summary>The terms of <paramref name="language"/>.</summary>
    internal ImmutableArray<IndicatorTerm> Terms(Language language) => language == Language.English ? EnglishTerms : ChineseTerms;

    private static Indicator ParseLine(string line, string sourceName, int number)
    {
        var columns = line.Split('\t');
        if (columns.Length != 4)
        {
            throw new IndicatorCatalogFormatException(sourceName, number, $"expected 4 tab-separated columns (id, unit, Chinese names, English names), found {columns.Length}");
        }

        var id = columns[0].Trim();
        if (!Indicator.IsValidId(id))
        {
            throw new IndicatorCatalogFormatException(sourceName, number, $"\"{id}\" is not an indicator id (lower-case ASCII words joined by dots, such as patent.grants)");
        }

        if (!IndicatorUnits.TryParse(columns[1].Trim(), out var unit))
        {
            throw new IndicatorCatalogFormatException(sourceName, number, $"\"{columns[1].Trim()}\" is not a unit (count, people, money, percent, rate, duration or score)");
        }

        var chinese = columns[2].Split('|').Select(n => n.Trim()).ToArray();
        var english = columns[3].Split('|').Select(n => n.Trim()).ToArray();
        if (chinese.Any(n => n.Length == 0))
        {
            throw new IndicatorCatalogFormatException(sourceName, number, "a Chinese name is empty (column 3)");
        }

        if (english.Any(n => n.Length == 0))
        {
            throw new IndicatorCatalogFormatException(sourceName, number, "an English name is empty (column 4)");
        }

        return new Indicator(id, unit, chinese, english);
    }

    private static IndicatorCatalog Build(ImmutableArray<Indicator> indicators, Action<Indicator, string, string> fail)
    {
        var chinese = ImmutableArray.CreateBuilder<IndicatorTerm>();
        var english = ImmutableArray.CreateBuilder<IndicatorTerm>();
        foreach (var indicator in indicators)
        {
            Add(indicator, indicator.ChineseNames, Language.Chinese, chinese, fail);
            Add(indicator, indicator.EnglishNames, Language.English, english, fail);
        }

        return new IndicatorCatalog(indicators, chinese.ToImmutable(), english.ToImmutable());
    }

    private static void Add(Indicator indicator, ImmutableArray<string> names, Language language, ImmutableArray<IndicatorTerm>.Builder terms, Action<Indicator, string, string> fail)
    {
        foreach (var name in names)
        {
            if (IndicatorTerm.Parse(indicator, language, name, out var problem) is { } term)
            {
                terms.Add(term);
            }
            else
            {
                fail(indicator, name, problem!);
            }
        }
    }

    private static IndicatorCatalog LoadDefault()
    {
        using var stream = typeof(IndicatorCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library is missing its embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, ResourceName);
    }
}
