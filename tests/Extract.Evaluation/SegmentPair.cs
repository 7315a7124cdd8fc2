using System.Collections.Immutable;
using Extract.Quantities;
using Extract.Reading.Text;
using Extract.Reconciliation;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Evaluation;

/// <summary>Reconciles one line pair as its own pair of one-paragraph editions, the way a translation memory segment
/// is checked: a side with no figure at all gives the other side's figures as omissions or additions.</summary>
public static class SegmentPair
{
    // Short segments share few figures by nature: the test that unrelated documents were paired does not apply.
    private static readonly ReconciliationOptions Options = new() { CorrespondenceTestMinimumFigures = int.MaxValue };

    /// <summary>The findings on one segment pair.</summary>
    /// <exception cref="ExtractException">A side cannot be read (it is empty).</exception>
    public static ImmutableArray<Discrepancy> Reconcile(string chinese, string english) => ReconcileEditions(chinese, english);

    private static ImmutableArray<Discrepancy> ReconcileEditions(string chinese, string english)
    {
        var editions = new Editions(PlainTextReader.ReadText(chinese, "zh.txt"), PlainTextReader.ReadText(english, "en.txt"));
        try
        {
            return new Reconciler(Options).Reconcile(editions).Discrepancies;
        }
        catch (NoFiguresException)
        {
            return [.. Figures(editions.Chinese).Select(f => Reconciler.Unpaired(f, DiscrepancyKind.Omission))
                .Concat(Figures(editions.English).Select(f => Reconciler.Unpaired(f, DiscrepancyKind.Addition)))];
        }
    }

    private static IEnumerable<Figure> Figures(Documents.Document edition) =>
        SentenceSplitter.Split(edition).SelectMany(s => QuantityRecognizer.Recognize(s)
            .Where(q => q.Role != QuantityRole.Identifier)
            .Select(q => new Figure(q, s)));
}
