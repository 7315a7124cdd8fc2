namespace Extract;

/// <summary>The Word document (.docx) is damaged: not a readable zip archive, without its main document part, or
/// holding XML that does not parse; names the part concerned when it is known.</summary>
public sealed class MalformedWordDocumentException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="partName">The part of the package being read (<c>/word/document.xml</c>), when known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public MalformedWordDocumentException(string sourcePath, string problem, string? partName = null, Exception? innerException = null)
        : base(sourcePath, "malformed Word document: " + problem + (partName is null ? string.Empty : $" (part {partName})"), innerException)
    {
        PartName = partName;
    }

    /// <summary>The part being read, when known.</summary>
    public string? PartName { get; }
}
