namespace Extract.Documents;

/// <summary>One segment of a translator's file: its Chinese and English text, with inline markup removed and
/// entities decoded, and where it stands in the file.</summary>
/// <param name="Id">The segment's id as the file names it: the trans-unit id (XLIFF 1.2), the <c>mrk</c> mid
/// (SDLXLIFF), <c>unit/segment</c> (XLIFF 2), the <c>tuid</c> or number of the <c>tu</c> (TMX), the id column or row
/// number (tables), the line number (line-aligned files).</param>
/// <param name="Chinese">The Chinese text (empty when that side is untranslated).</param>
/// <param name="English">The English text (empty when that side is untranslated).</param>
/// <param name="State">Whether there is a translation to check.</param>
/// <param name="Line">The one-based line of the file where the segment starts.</param>
public sealed record SegmentPair(string Id, string Chinese, string English, SegmentState State, int Line)
{
    /// <summary>Where the segment's unit stands in the decoded file, for writing notes back into it; <see
    /// langword="null"/> for formats that take no notes.</summary>
    internal UnitAnchor? Anchor { get; init; }
}

/// <summary>Offsets in a decoded XLIFF file where a note for a unit can be inserted.</summary>
/// <param name="UnitId">The id of the unit the segment belongs to.</param>
/// <param name="StartTagEnd">Offset just after the <c>&gt;</c> of the unit's start tag.</param>
/// <param name="EndTagStart">Offset of the <c>&lt;</c> of the unit's end tag.</param>
/// <param name="NotesEndTagStart">XLIFF 2: offset of the <c>&lt;</c> of the unit's <c>&lt;/notes&gt;</c>, when it has
/// a notes element.</param>
internal sealed record UnitAnchor(string UnitId, int StartTagEnd, int EndTagStart, int? NotesEndTagStart);
