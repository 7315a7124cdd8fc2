namespace Extract;

/// <summary>A document that should hold both editions holds only one language, or too little of the second to be
/// an edition.</summary>
public sealed class NotBilingualException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public NotBilingualException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }
}
