namespace Extract;

/// <summary>A file of translation segments (XLIFF, TMX, a two-column table) is not well formed: broken XML, a DTD
/// or entity declaration (refused so that entity expansion cannot exhaust memory), a unit without its source, or a
/// table row with the wrong number of columns. The message gives the line and column where the problem is.</summary>
public sealed class MalformedSegmentFileException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="line">The one-based line of the problem.</param>
    /// <param name="column">The one-based column, or 0 when only the line is known.</param>
    /// <param name="problem">What is wrong there.</param>
    /// <param name="innerException">The parser's own error, when there is one.</param>
    public MalformedSegmentFileException(string sourcePath, int line, int column, string problem, Exception? innerException = null)
        : base(sourcePath, column > 0 ? $"line {line}, column {column}: {problem}" : $"line {line}: {problem}", innerException)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The one-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>The one-based column of the problem, or 0 when only the line is known.</summary>
    public int Column { get; }
}
