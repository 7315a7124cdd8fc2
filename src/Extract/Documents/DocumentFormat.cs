namespace Extract.Documents;

/// <summary>The format a document was read from.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text (UTF-8, UTF-16 or GB18030), possibly with markdown residue.</summary>
    Text = 0,

    /// <summary>An HTML page.</summary>
    Html = 1,

    /// <summary>A PDF file.</summary>
    Pdf = 2,

    /// <summary>A Word document (.docx).</summary>
    Docx = 3,

    /// <summary>The segments of a translator's file (XLIFF, TMX, a table, line-aligned texts), one block each.</summary>
    Segments = 4,
}
