namespace Extract;

/// <summary>The input is binary data, not text in any encoding this library reads.</summary>
public sealed class BinaryContentException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public BinaryContentException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }
}
