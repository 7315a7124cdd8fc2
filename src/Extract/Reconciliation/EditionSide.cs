namespace Extract.Reconciliation;

/// <summary>One of the two editions.</summary>
public enum EditionSide
{
    /// <summary>The Chinese edition, the original.</summary>
    Chinese = 0,

    /// <summary>The English edition, the translation.</summary>
    English = 1,
}
