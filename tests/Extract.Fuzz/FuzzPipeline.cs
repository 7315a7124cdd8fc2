using Extract.Documents;
using Extract.Facts;
using Extract.Quantities;
using Extract.Reading;
using Extract.Reading.Segments;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Fuzz;

/// <summary>The whole public pipeline over one input held in memory: read (as a document or a translator's file, by
/// its name), split, sentences, quantities, facts, pair with an edition, reconcile, every report writer. Shared by the
/// fuzz console and the regression tests, so that both run exactly the same code.</summary>
public sealed class FuzzPipeline
{
    private static readonly string[] SegmentExtensions = [".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".tmx", ".tsv"];

    private readonly DocumentReader reader = new();
    private readonly SegmentFileReader segmentReader = new();
    private readonly Reconciler reconciler = new();
    private readonly Editions? partners;

    /// <summary>Creates the pipeline; <paramref name="partnerEditions"/> (a bilingual document's two editions), when
    /// given, are the editions a monolingual input is reconciled against.</summary>
    public FuzzPipeline(Editions? partnerEditions = null) => partners = partnerEditions;

    /// <summary>Runs every stage; returns how many discrepancies the report holds (0 where the input stopped at a
    /// stage that does not reconcile). Bad input ends in an <see cref="ExtractException"/>: anything else is a defect.</summary>
    public int Run(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(sourceName).ToLowerInvariant();
        if (SegmentExtensions.Contains(extension))
        {
            var file = segmentReader.Read(content, sourceName, cancellationToken);
            var segments = SegmentEditions.From(file);
            Touch(segments.Editions.Chinese);
            Touch(segments.Editions.English);
            return WriteAll(reconciler.Reconcile(segments));
        }

        var document = reader.Read(content, sourceName, cancellationToken);
        Touch(document);
        _ = new FactExtractor().Extract(document);
        cancellationToken.ThrowIfCancellationRequested();
        Editions editions;
        if (EditionSplitter.IsBilingual(document))
        {
            editions = EditionSplitter.Split(document);
        }
        else if (partners is not null && document.Language is Language.Chinese or Language.English)
        {
            editions = Editions.Pair(document, document.Language == Language.Chinese ? partners.English : partners.Chinese);
        }
        else
        {
            return 0;
        }

        return WriteAll(reconciler.Reconcile(editions));
    }

    private static void Touch(Document document)
    {
        foreach (var sentence in SentenceSplitter.Split(document))
        {
            _ = QuantityRecognizer.Recognize(sentence);
        }
    }

    private static int WriteAll(ConsistencyReport report)
    {
        foreach (var writer in ReportWriters.All)
        {
            using var output = new StringWriter();
            writer.Write(report, output);
        }

        return report.Discrepancies.Length;
    }
}
