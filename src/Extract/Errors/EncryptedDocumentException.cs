namespace Extract;

/// <summary>The PDF is encrypted in a way the reader does not support (a security handler other than the standard
/// one, or an unknown revision or cipher), or the Word document is encrypted with a password.</summary>
public sealed class EncryptedDocumentException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public EncryptedDocumentException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }
}
