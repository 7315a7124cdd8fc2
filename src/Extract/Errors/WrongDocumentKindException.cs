namespace Extract;

/// <summary>The file is an office document of a kind the library does not read (a Word 97-2003 <c>.doc</c>, an
/// OpenDocument <c>.odt</c>, an RTF file, a workbook or a presentation); the message says what it is and how to
/// make it readable (save it as <c>.docx</c>).</summary>
public sealed class WrongDocumentKindException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="kind">What the file is, as a reader would say it: "a Word 97-2003 document (.doc)".</param>
    /// <param name="remedy">What to do about it: "save it as a Word document (.docx) and read that".</param>
    public WrongDocumentKindException(string sourcePath, string kind, string remedy)
        : base(sourcePath, $"the file is {kind}, which is not read; {remedy}")
    {
        Kind = kind;
        Remedy = remedy;
    }

    /// <summary>What the file is.</summary>
    public string Kind { get; }

    /// <summary>What to do to read it.</summary>
    public string Remedy { get; }
}
