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

    /// <summary>The facts of <paramref name="document"/>, in text order; empty when it states no figure.</summary>
    /// <remarks>A bilingual document should be split first (<see cref="Splitting.EditionSplitter"/>): each edition's
    /// sentences are read in their own language either way. A period carries from sentence to sentence up to the next
    /// heading.</remarks>
    public ImmutableArray<Fact> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = SentenceSplitter.Split(document);
        return Extract(sentences, ReadDocumentYear(document), DocumentYear.ReadReportingYear(document), index => index >= 0 && index < document.Blocks.Length && document.Blocks[index] is Heading, new Tables.TableUnits(document));
    }

    /// <summary>The facts of <paramref name="sentences"/>, read in order as one passage; relative periods
    /// (<c>Last year</c>, 全年) are resolved against <paramref name="documentYear"/> and left out without it.</summary>
    public ImmutableArray<Fact> Extract(IEnumerable<Sentence> sentences, int? documentYear = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Extract(sentences, documentYear, null, static _ => false, null);
    }

    /// <summary>The facts of <paramref name="sentences"/> as if they were a document reporting on
    /// <paramref name="reportingYear"/> (a white paper on that year): a figure no sentence dates takes that year.</summary>
    internal ImmutableArray<Fact> Extract(IEnumerable<Sentence> sentences, int? documentYear, int? reportingYear) =>
        Extract(sentences, documentYear, reportingYear, static _ => false, null);

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
    private ImmutableArray<Fact> Extract(IEnumerable<Sentence> sentences, int? documentYear, int? reportingYear, Func<int, bool> isHeading, Tables.TableUnits? tables)
    {
        var facts = new List<Fact>();
        var state = new ReadingState(documentYear, reportingYear);
        SentenceFactReader? chinese = null;
        SentenceFactReader? english = null;
        var lastBlock = -1;
        foreach (var sentence in sentences)
        {
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
        }

        return [.. facts];
    }
}
