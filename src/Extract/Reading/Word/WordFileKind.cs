namespace Extract.Reading.Word;

/// <summary>What the first bytes of a file say it is, as far as the Word reader is concerned.</summary>
internal enum WordFileKind
{
    /// <summary>None of the kinds below: not for the Word reader.</summary>
    None = 0,

    /// <summary>A zip archive laid out as an Open Packaging file (.docx, .xlsx, .pptx, …).</summary>
    OpenPackage = 1,

    /// <summary>A zip archive whose first entry names an OpenDocument type (.odt, .ods, …).</summary>
    OpenDocument = 2,

    /// <summary>A compound file (OLE): Word 97-2003, Excel 97-2003, or an encrypted .docx.</summary>
    CompoundFile = 3,

    /// <summary>Rich Text Format.</summary>
    Rtf = 4,
}
