using System.Collections.Immutable;
using Extract.Documents;
using Extract.Quantities;
using Extract.Segmentation;
using Extract.Sentences;

namespace Extract.Facts;

/// <summary>Reads the facts of a document, Chinese or English: every figure with its indicator (or the words that
/// name it), value, period, change, subject and qualifiers.</summary>
/// <remarks>
/// The extractor reads sentence by sentence in one pass. A figure's indicator is found by the catalog names written
/// around it (<see cref="IndicatorCatalog"/>); coordinated names are paired with lists of figures
/// (<c>发明专利申请量和授权量各为7.14万件和2.27万件</c>), changes with the figures before them
/// (<c>同比分别增长15.54%和8.79%</c>), and a period said at the head of a paragraph (<c>In 2019,</c>) holds for the rest of
/// its section. A figure that neither its sentence nor its section dates takes the year the document reports on, when
/// its title names one (a white paper on 2019); <see cref="Fact.PeriodOrigin"/> says which of the three gave the
/// period. A figure the rules cannot place still comes out, with no indicator and the words before it as its label:
/// the extractor never drops a measure and never throws on odd text. A run-on sentence of more than 100 figures or
/// 5,000 characters (a flattened table) yields its figures labelled by their own text, so the work stays linear in
/// the length of the input. Instances are immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var document = new DocumentReader().Read("whitepaper-2019.zh-en.txt");
/// var editions = EditionSplitter.Split(document);
/// var facts = new FactExtractor().Extract(editions.Chinese);
/// // patent.applications = 17.36万件 (2019), Up 15.54 Percent; patent.grants = 10.06万件 (2019), Up 8.79 Percent; …
/// </code>
/// </example>
public sealed class FactExtractor
{
    private readonly Lazy<ISegmenter> segmenter;

    /// <summary>An extractor over the <see cref="IndicatorCatalog.Default"/> catalog and the default segmenter.</summary>
    public FactExtractor()
        : this(IndicatorCatalog.Default)
    {
    }

    /// <summary>An extractor over <paramref name="catalog"/>; Chinese words come from <paramref name="segmenter"/>, or
    /// from <see cref="JiebaSegmenter.Default"/> (jieba's dictionary with the domain lexicon on top, and jieba's HMM),
    /// loaded when first needed.</summary>
    public FactExtractor(IndicatorCatalog catalog, ISegmenter? segmenter = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        this.segmenter = segmenter is null
            ? new Lazy<ISegmenter>(() => JiebaSegmenter.Default, LazyThreadSafetyMode.ExecutionAndPublication)
            : new Lazy<ISegmenter>(segmenter);
    }

    /// <summary>The indicators the extractor knows.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The default <see cref="TimeLimit"/>: five minutes, several times what the facts of a 64 MB document
    /// (the reader's size limit) take.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>How long reading one document's facts may run before it stops with
    /// <see cref="TimeLimitExceededException"/>; <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is zero or negative.</exception>
    public TimeSpan? TimeLimit
    {
        get;
        init => field = TimeBudget.Validate(value, nameof(TimeLimit));
    } = DefaultTimeLimit;

    /// <summary>The facts of <paramref name="document"/>, in text order; empty when it states no figure.</summary>
    /// <remarks>A bilingual document should be split first (<see cref="Splitting.EditionSplitter"/>): each edition's
    /// sentences are read in their own language either way. A period carries from sentence to sentence up to the next
    /// heading.</remarks>
    /// <exception cref="TimeLimitExceededException">The work ran past <see cref="TimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Fact> Extract(Document document, CancellationToken cancellationToken = default) => [.. Enumerate(document, cancellationToken)];

    /// <summary>The facts of <paramref name="document"/> as they are read, sentence by sentence: what
    /// <see cref="Extract(Document, CancellationToken)"/> returns, without holding them all (for output written as it
    /// comes). <see cref="TimeLimit"/> counts from the first fact asked for to the last.</summary>
    /// <exception cref="TimeLimitExceededException">The work ran past <see cref="TimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IEnumerable<Fact> Enumerate(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TimeBudget.Enumerate(TimeLimit, document.SourcePath, "reading the facts", cancellationToken, token => Read(
            SentenceSplitter.Split(document),
            ReadDocumentYear(document),
            DocumentYear.ReadReportingYear(document),
            index => index >= 0 && index < document.Blocks.Length && document.Blocks[index] is Heading,
            new Tables.TableUnits(document),
            token));
    }

    /// <summary>The facts of <paramref name="sentences"/>, read in order as one passage; relative periods
    /// (<c>Last year</c>, 全年) are resolved against <paramref name="documentYear"/> and left out without it.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ImmutableArray<Fact> Extract(IEnumerable<Sentence> sentences, int? documentYear = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. Read(sentences, documentYear, null, static _ => false, null, cancellationToken)];
    }

    /// <summary>The facts of <paramref name="sentences"/> as if they were a document reporting on
    /// <paramref name="reportingYear"/> (a white paper on that year): a figure no sentence dates takes that year.</summary>
    internal ImmutableArray<Fact> Extract(IEnumerable<Sentence> sentences, int? documentYear, int? reportingYear) =>
        [.. Read(sentences, documentYear, reportingYear, static _ => false, null, CancellationToken.None)];

    /// <summary>The year <paramref name="document"/> speaks from: the year in its title, else in a date among its
    /// first lines; <see langword="null"/> when it gives neither.</summary>
    public static int? ReadDocumentYear(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return DocumentYear.Read(document);
    }

    /// <summary>Whether a quantity states a time (a year, a date, a span or part of years) rather than a figure.</summary>
    internal static bool IsTemporal(Quantity quantity) => quantity.Unit is Unit.Year or Unit.Date or Unit.YearRange or Unit.YearPart or Unit.Weekday or Unit.RelativeYear;

    // Table cells are read with the unit their table states (17.36 under 万件 is 173,600), where the document is known.
    private IEnumerable<Fact> Read(IEnumerable<Sentence> sentences, int? documentYear, int? reportingYear, Func<int, bool> isHeading, Tables.TableUnits? tables, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>();
        var state = new ReadingState(documentYear, reportingYear);
        SentenceFactReader? chinese = null;
        SentenceFactReader? english = null;
        var lastBlock = -1;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.BlockIndex != lastBlock && isHeading(sentence.BlockIndex))
            {
                state.StartSection();
            }

            lastBlock = sentence.BlockIndex;
            var quantities = tables?.Recognize(sentence) ?? QuantityRecognizer.Recognize(sentence);
            var language = sentence.Language == Language.Neutral ? LanguageDetector.Detect(sentence.Text) : sentence.Language;
            var reader = language == Language.English
                ? english ??= new SentenceFactReader(Catalog, Language.English, null)
                : chinese ??= new SentenceFactReader(Catalog, Language.Chinese, segmenter.Value);
            if (quantities.IsEmpty)
            {
                reader.Pass(sentence, state);
                continue;
            }

            reader.Read(sentence, quantities, state, facts);
            foreach (var fact in facts)
            {
                yield return fact;
            }

            facts.Clear();
        }
    }
}
