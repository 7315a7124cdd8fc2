namespace Extract.Reconciliation;

/// <summary>How much a discrepancy matters to a reviewer. Reports show <see cref="Medium"/> and <see cref="High"/>
/// by default and <see cref="Low"/> on request.</summary>
public enum Severity
{
    /// <summary>Worth a mention: rounding, a classifier that shifts the meaning slightly.</summary>
    Low = 0,

    /// <summary>Likely an error: an omitted or added figure, a lost qualifier, a different year.</summary>
    Medium = 1,

    /// <summary>An error: a different value, a slip of scale or digits, an opposite direction, swapped values.</summary>
    High = 2,
}
