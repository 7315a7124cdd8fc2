namespace Extract;

/// <summary>The external <c>pdftotext</c> program is missing, failed, or produced no text.</summary>
public sealed class PdfToolException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public PdfToolException(string sourcePath, string problem, Exception? innerException = null)
        : base(sourcePath, problem, innerException)
    {
    }
}
