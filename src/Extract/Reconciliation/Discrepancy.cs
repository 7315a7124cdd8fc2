namespace Extract.Reconciliation;

/// <summary>A place where the two editions disagree about a figure.</summary>
/// <param name="Kind">How they disagree.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">A plain sentence for the reviewer: both values as written and normalized, and which side
/// is presumably wrong where the evidence says so.</param>
/// <param name="Chinese">The figure in the Chinese edition, or <see langword="null"/> for an addition.</param>
/// <param name="English">The figure in the English edition, or <see langword="null"/> for an omission.</param>
/// <param name="Suspect">The edition presumably wrong: the English, unless the evidence points elsewhere; or
/// <see langword="null"/> when nothing tells.</param>
public sealed record Discrepancy(DiscrepancyKind Kind, Severity Severity, string Message, Figure? Chinese, Figure? English, EditionSide? Suspect)
{
    /// <summary>In segment mode, the segment of the translator's file where the figures stand; otherwise
    /// <see langword="null"/>.</summary>
    public Documents.SegmentPair? Segment { get; init; }
}
