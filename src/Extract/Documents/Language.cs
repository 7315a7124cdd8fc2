namespace Extract.Documents;

/// <summary>The language of a block, a sentence or a whole document, judged from its script.</summary>
public enum Language
{
    /// <summary>No letters of either script: digits, dates, page numbers, punctuation.</summary>
    Neutral = 0,

    /// <summary>Chinese: Han characters dominate (Latin terms such as PCT or WIPO may be embedded).</summary>
    Chinese = 1,

    /// <summary>English: Latin letters dominate (a Chinese name in brackets may be embedded).</summary>
    English = 2,
}
