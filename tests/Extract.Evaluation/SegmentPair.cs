using System.Collections.Immutable;
using Extract.Documents;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Evaluation;

/// <summary>Reconciles one line pair in segment mode, as <c>reconcile --lines</c> does: a side with no figure at all
/// gives the other side's figures as omissions or additions.</summary>
public static class SegmentPair
{
    /// <summary>The findings on one segment pair.</summary>
    public static ImmutableArray<Discrepancy> Reconcile(string chinese, string english)
    {
        var file = new SegmentFile("real", SegmentFormat.Lines, Language.Chinese, "zh", "en", [new Documents.SegmentPair("1", chinese, english, SegmentState.Translated, 1)]);
        return new Reconciler().Reconcile(SegmentEditions.From(file)).Discrepancies;
    }
}
