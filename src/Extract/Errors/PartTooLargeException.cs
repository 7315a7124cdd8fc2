namespace Extract;

/// <summary>A part of a packaged document (a .docx) expands to more than the configured limit (see
/// <see cref="Reading.Word.WordReader.MaxPartBytes"/>): a zip bomb, or a document too large to read in bounded
/// memory. The file itself may be small.</summary>
public sealed class PartTooLargeException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="partName">The part concerned (<c>/word/document.xml</c>).</param>
    /// <param name="size">How large the part is, or at least how far it was read before the limit was passed.</param>
    /// <param name="limit">The limit in force.</param>
    public PartTooLargeException(string sourcePath, string partName, long size, long limit)
        : base(sourcePath, $"the part {partName} expands to at least {size:N0} bytes, over the limit of {limit:N0} bytes (a zip bomb, or a document too large to read)")
    {
        PartName = partName;
        Size = size;
        Limit = limit;
    }

    /// <summary>The part concerned.</summary>
    public string PartName { get; }

    /// <summary>The part's size as declared or as far as read, in bytes (at least this large).</summary>
    public long Size { get; }

    /// <summary>The limit in force.</summary>
    public long Limit { get; }
}
