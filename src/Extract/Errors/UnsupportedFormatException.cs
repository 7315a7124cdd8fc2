namespace Extract;

/// <summary>No configured reader recognizes the input's format.</summary>
public sealed class UnsupportedFormatException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public UnsupportedFormatException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }
}
