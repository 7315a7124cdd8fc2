namespace Extract;

/// <summary>A file of translation segments exceeds a limit of <see cref="Reading.Segments.SegmentReaderOptions"/>:
/// a segment longer than <see cref="Reading.Segments.SegmentReaderOptions.MaxSegmentCharacters"/>, more units than
/// <see cref="Reading.Segments.SegmentReaderOptions.MaxSegments"/>, or markup nested deeper than
/// <see cref="Reading.Segments.SegmentReaderOptions.MaxNestingDepth"/>.</summary>
public sealed class SegmentLimitException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="line">The one-based line where the limit was passed.</param>
    /// <param name="problem">Which limit, and by how much.</param>
    public SegmentLimitException(string sourcePath, int line, string problem)
        : base(sourcePath, $"line {line}: {problem}")
    {
        Line = line;
    }

    /// <summary>The one-based line where the limit was passed.</summary>
    public int Line { get; }
}
