namespace Extract.Documents;

/// <summary>Whether a segment has a translation to check.</summary>
public enum SegmentState
{
    /// <summary>Both sides hold text.</summary>
    Translated = 0,

    /// <summary>The target is missing or empty: there is nothing to compare yet. Counted in reports, never
    /// reported figure by figure as omissions.</summary>
    Untranslated = 1,
}
