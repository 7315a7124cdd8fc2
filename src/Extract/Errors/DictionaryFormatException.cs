namespace Extract;

/// <summary>A line of a segmentation dictionary (jieba's <c>word freq [tag]</c> format) cannot be read: a missing or
/// bad frequency, a bad tag, a word too long.</summary>
public sealed class DictionaryFormatException : ExtractException
{
    /// <summary>Creates the error for line <paramref name="lineNumber"/> (1-based) of <paramref name="sourcePath"/>.</summary>
    public DictionaryFormatException(string sourcePath, int lineNumber, string problem)
        : base(sourcePath, $"line {lineNumber}: {problem}")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lineNumber);
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based number of the offending line.</summary>
    public int LineNumber { get; }
}
