namespace Extract;

/// <summary>A line of an indicator catalog file cannot be read: a missing column, a bad id, an unknown unit, an empty
/// name, an id given twice.</summary>
public sealed class IndicatorCatalogFormatException : ExtractException
{
    /// <summary>Creates the error for line <paramref name="lineNumber"/> (1-based) of <paramref name="sourcePath"/>;
    /// line 0 stands for the file as a whole (too large, no indicator).</summary>
    public IndicatorCatalogFormatException(string sourcePath, int lineNumber, string problem)
        : base(sourcePath, lineNumber > 0 ? $"line {lineNumber}: {problem}" : problem)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        LineNumber = lineNumber;
    }

    /// <summary>The 1-based number of the offending line, or 0 when the problem is the whole file.</summary>
    public int LineNumber { get; }
}
