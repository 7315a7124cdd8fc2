namespace Extract;

/// <summary>The input has no text: an empty file, or one of white space only.</summary>
public sealed class EmptyDocumentException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public EmptyDocumentException(string sourcePath, string problem = "the document is empty: it holds no text")
        : base(sourcePath, problem)
    {
    }
}
