using System.Collections.Immutable;
using Extract.Alignment;

namespace Extract.Reconciliation;

/// <summary>What reconciling two editions found: the figures of each, the pairs that agree, and the discrepancies.</summary>
/// <param name="Alignment">The alignment of the editions the figures were compared within.</param>
/// <param name="ChineseFigures">Every figure of the Chinese edition, in document order.</param>
/// <param name="EnglishFigures">Every figure of the English edition, in document order.</param>
/// <param name="Matches">The pairs of figures that state the same thing.</param>
/// <param name="Discrepancies">The discrepancies, in the order of the Chinese edition (additions where they stand).</param>
public sealed record ConsistencyReport(
    EditionAlignment Alignment,
    ImmutableArray<Figure> ChineseFigures,
    ImmutableArray<Figure> EnglishFigures,
    ImmutableArray<FigurePair> Matches,
    ImmutableArray<Discrepancy> Discrepancies)
{
    /// <summary>In segment mode, the segments reconciled (each with its id, and which are untranslated); otherwise
    /// <see langword="null"/>.</summary>
    public Splitting.SegmentEditions? Segments { get; init; }

    /// <summary>The share of figures, on both sides together, that found their counterpart (0 to 1).</summary>
    public double Correspondence =>
        ChineseFigures.Length + EnglishFigures.Length == 0 ? 0 : 2.0 * Matches.Length / (ChineseFigures.Length + EnglishFigures.Length);

    /// <summary>The discrepancies of at least <paramref name="severity"/>.</summary>
    public IEnumerable<Discrepancy> AtLeast(Severity severity) => Discrepancies.Where(d => d.Severity >= severity);

    /// <summary>How many discrepancies of each kind there are, at least <paramref name="severity"/>.</summary>
    public ImmutableSortedDictionary<DiscrepancyKind, int> CountByKind(Severity severity = Severity.Low) =>
        AtLeast(severity).GroupBy(d => d.Kind).ToImmutableSortedDictionary(g => g.Key, g => g.Count());
}
