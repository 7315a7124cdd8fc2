namespace Extract.Segmentation;

/// <summary>The states of the character-tagging HMM, as indexes into its tables.</summary>
internal static class HmmState
{
    /// <summary>B: the character begins a word.</summary>
    public const int Begin = 0;

    /// <summary>M: the character is inside a word.</summary>
    public const int Middle = 1;

    /// <summary>E: the character ends a word.</summary>
    public const int End = 2;

    /// <summary>S: the character is a word by itself.</summary>
    public const int Single = 3;

    /// <summary>The letter jieba uses for <paramref name="state"/>.</summary>
    public static char Name(int state) => "BMES"[state];
}
