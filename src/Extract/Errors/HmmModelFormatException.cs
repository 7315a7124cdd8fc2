namespace Extract;

/// <summary>A table of the segmenter's hidden Markov model (<c>hmm_start.tsv</c>, <c>hmm_trans.tsv</c>,
/// <c>hmm_emit.tsv</c>) is missing, truncated or holds a line that cannot be read.</summary>
public sealed class HmmModelFormatException : ExtractException
{
    /// <summary>Creates the error for a problem with the table as a whole (missing, truncated, incomplete).</summary>
    public HmmModelFormatException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }

    /// <summary>Creates the error for line <paramref name="lineNumber"/> (1-based) of the table.</summary>
    public HmmModelFormatException(string sourcePath, int lineNumber, string problem)
        : base(sourcePath, $"line {lineNumber}: {problem}")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lineNumber);
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based number of the offending line, when the problem is on one line.</summary>
    public int? LineNumber { get; }
}
