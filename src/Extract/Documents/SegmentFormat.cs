namespace Extract.Documents;

/// <summary>The format a file of translation segments was read from.</summary>
public enum SegmentFormat
{
    /// <summary>XLIFF 1.2 (<c>trans-unit</c> with <c>source</c> and <c>target</c>; SDLXLIFF's <c>seg-source</c> with
    /// <c>mrk mtype="seg"</c>, each <c>mid</c> a segment).</summary>
    Xliff1 = 0,

    /// <summary>XLIFF 2.0, 2.1 or 2.2 (<c>unit</c>, <c>segment</c>, <c>source</c>, <c>target</c>).</summary>
    Xliff2 = 1,

    /// <summary>A TMX translation memory (<c>tu</c>, <c>tuv xml:lang</c>, <c>seg</c>).</summary>
    Tmx = 2,

    /// <summary>A two-column table, tab- or comma-separated (Chinese and English, with an optional id column and an
    /// optional header row).</summary>
    Table = 3,

    /// <summary>Two text files, line <em>i</em> of one translating line <em>i</em> of the other.</summary>
    Lines = 4,
}
