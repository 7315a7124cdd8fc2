using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Extract.Documents;

namespace Extract.Reading.Segments;

/// <summary>Reads a two-column table of segments, tab-separated (<c>.tsv</c>, or any text whose first line holds a
/// tab) or comma-separated with RFC 4180 quoting (<c>.csv</c>): a Chinese and an English column, in either order,
/// an optional id column, and an optional header row (<c>id</c>, <c>zh</c>/<c>zh-CN</c>/<c>Chinese</c>/<c>中文</c>,
/// <c>en</c>/<c>English</c>/<c>英文</c>, <c>source</c>/<c>target</c>). Without a header, the two columns with the most
/// text are the segments, told apart by their script, and a first column besides them is the id. The left text
/// column is the source.</summary>
public sealed class SegmentTableReader : ISegmentFormatReader
{
    private static readonly HashSet<string> IdNames = new(["id", "#", "no", "no.", "segment", "key", "tuid", "序号", "编号"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TextNames = new(["source", "target", "chinese", "english", "中文", "英文", "原文", "译文"], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public bool CanRead(ReadOnlySpan<char> head, string sourcePath)
    {
        var extension = Path.GetExtension(sourcePath);
        if (extension.Equals(".tsv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".tab", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Without the extension, only a text whose every line of the head (the last may be cut) holds a tab.
        var rest = head.TrimStart();
        if (rest.StartsWith("<"))
        {
            return false;
        }

        var lines = 0;
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                return lines > 0 || rest.Contains('\t');
            }

            var line = rest[..end];
            if (line.Trim().Length > 0 && !line.Contains('\t'))
            {
                return false;
            }

            lines++;
            rest = rest[(end + 1)..];
        }

        return lines > 0;
    }

    /// <inheritdoc/>
    public SegmentFile Read(string text, string sourcePath, SegmentReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(options);
        var rows = ReadRows(text, sourcePath, options, cancellationToken);
        if (rows.Count == 0)
        {
            throw new EmptyDocumentException(sourcePath, "the table holds no rows");
        }

        var width = rows[0].Cells.Length;
        var ragged = rows.FirstOrDefault(r => r.Cells.Length != width);
        if (ragged.Cells is not null)
        {
            throw new MalformedSegmentFileException(sourcePath, ragged.Line, 0, $"the row has {ragged.Cells.Length} cells where the table's first row has {width}");
        }

        if (width < 2)
        {
            throw new MalformedSegmentFileException(sourcePath, rows[0].Line, 0, "the table has one column: a Chinese and an English column are needed");
        }

        var header = IsHeader(rows[0].Cells) ? rows[0].Cells : null;
        var data = header is null ? rows : rows.Skip(1).ToList();
        var (idColumn, first, second) = Columns(header, data, width);
        var (firstLanguage, secondLanguage) = (LanguageOf(data, first, header?[first]), LanguageOf(data, second, header?[second]));
        if (firstLanguage == secondLanguage || firstLanguage == Language.Neutral || secondLanguage == Language.Neutral)
        {
            throw new SegmentLanguageException(sourcePath, $"the table's text columns {first + 1} and {second + 1} are {Describe(firstLanguage)} and {Describe(secondLanguage)}: one Chinese and one English column are needed");
        }

        var segments = ImmutableArray.CreateBuilder<SegmentPair>(data.Count);
        foreach (var (cells, line) in data)
        {
            var id = idColumn >= 0 && cells[idColumn].Trim().Length > 0 ? cells[idColumn].Trim() : line.ToString(CultureInfo.InvariantCulture);
            segments.Add(SegmentPairs.Create(id, cells[first], cells[second], firstLanguage, line));
        }

        var tags = header is null ? (Tag(firstLanguage), Tag(secondLanguage)) : (header[first].Trim(), header[second].Trim());
        return new SegmentFile(sourcePath, SegmentFormat.Table, firstLanguage, tags.Item1, tags.Item2, segments.MoveToImmutable());
    }

    private static List<(string[] Cells, int Line)> ReadRows(string text, string sourcePath, SegmentReaderOptions options, CancellationToken cancellationToken)
    {
        var firstLine = text.AsSpan().TrimStart();
        var lineEnd = firstLine.IndexOfAny('\r', '\n');
        var tabbed = (lineEnd < 0 ? firstLine : firstLine[..lineEnd]).Contains('\t') || Path.GetExtension(sourcePath).Equals(".tsv", StringComparison.OrdinalIgnoreCase);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = tabbed ? "\t" : ",",

            // Tab-separated exports write quotes as they are (Chinese text quotes freely); CSV quotes by RFC 4180.
            Mode = tabbed ? CsvMode.NoEscape : CsvMode.RFC4180,
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        var rows = new List<(string[], int)>();
        using var parser = new CsvParser(new StringReader(text), configuration);
        while (parser.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = parser.Record ?? [];
            // RawRow is the line where the record ends; a quoted cell may span lines.
            var line = parser.RawRow - parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (cells.Any(c => c.Length > options.MaxSegmentCharacters))
            {
                throw new SegmentLimitException(sourcePath, line, $"a cell is longer than the limit of {options.MaxSegmentCharacters:N0} characters");
            }

            if (rows.Count > options.MaxSegments)
            {
                throw new SegmentLimitException(sourcePath, line, $"the table holds more than the limit of {options.MaxSegments:N0} rows");
            }

            rows.Add((cells, line));
        }

        return rows;
    }

    private static bool IsHeader(string[] cells) =>
        cells.All(c => c.Trim().Length == 0 || IdNames.Contains(c.Trim()) || TextNames.Contains(c.Trim()) || LanguageTags.Parse(c) != Language.Neutral && c.Trim().Length <= 10);

    private static (int Id, int First, int Second) Columns(string[]? header, List<(string[] Cells, int Line)> data, int width)
    {
        if (header is not null)
        {
            var text = Enumerable.Range(0, width).Where(i => !IdNames.Contains(header[i].Trim()) && header[i].Trim().Length > 0).Take(2).ToList();
            if (text.Count == 2)
            {
                var id = Enumerable.Range(0, width).FirstOrDefault(i => IdNames.Contains(header[i].Trim()), -1);
                return (id, text[0], text[1]);
            }
        }

        // The two columns with the most letters are the text; a column before them is the id.
        var weights = Enumerable.Range(0, width).Select(i => (Column: i, Weight: data.Sum(r => Weight(r.Cells[i])))).ToList();
        var chosen = weights.OrderByDescending(w => w.Weight).Take(2).Select(w => w.Column).Order().ToList();
        return (chosen[0] > 0 ? 0 : -1, chosen[0], chosen[1]);
    }

    private static long Weight(string cell)
    {
        var (han, latin) = LanguageDetector.CountScripts(cell);
        return han * LanguageDetector.LatinLettersPerHanCharacter + latin;
    }

    private static Language LanguageOf(List<(string[] Cells, int Line)> data, int column, string? name)
    {
        var named = name is null ? Language.Neutral : LanguageTags.Parse(name) is var tagged && tagged != Language.Neutral ? tagged : NameLanguage(name);
        if (named != Language.Neutral)
        {
            return named;
        }

        long han = 0, latin = 0;
        foreach (var (cells, _) in data)
        {
            var (h, l) = LanguageDetector.CountScripts(cells[column]);
            (han, latin) = (han + h, latin + l);
        }

        return LanguageDetector.FromCounts((int)Math.Min(int.MaxValue, han), (int)Math.Min(int.MaxValue, latin));
    }

    private static Language NameLanguage(string name) => name.Trim().ToLowerInvariant() switch
    {
        "chinese" or "中文" => Language.Chinese,
        "english" or "英文" => Language.English,
        _ => Language.Neutral,
    };

    private static string Tag(Language language) => language == Language.Chinese ? "zh" : "en";

    private static string Describe(Language language) => language == Language.Neutral ? "without Chinese or English text" : language.ToString();
}
