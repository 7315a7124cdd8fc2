namespace Extract.Reading.Pdf;

/// <summary>The cross-reference table merged over all revisions (the newest wins) and the merged trailer.</summary>
internal sealed class XrefTable(Dictionary<int, XrefEntry> entries, PdfDictionary trailer, bool repaired)
{
    public Dictionary<int, XrefEntry> Entries { get; } = entries;

    public PdfDictionary Trailer { get; } = trailer;

    /// <summary>Whether the table was rebuilt by scanning the file for objects.</summary>
    public bool Repaired { get; } = repaired;
}
