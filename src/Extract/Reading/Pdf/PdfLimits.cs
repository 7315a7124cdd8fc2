namespace Extract.Reading.Pdf;

/// <summary>Safety limits on what a PDF may make the reader do: a file that goes beyond them is malformed or hostile
/// (decompression bombs, absurd nesting, files that take for ever). PdfPig bounds none of these by itself.</summary>
/// <param name="MaxStreamBytes">Decoded bytes allowed for one stream: beyond it the page that needs the stream is not
/// read.</param>
/// <param name="MaxDocumentBytes">Decoded bytes allowed for all streams of the document together: beyond it the file
/// is refused.</param>
/// <param name="MaxNestingDepth">Nesting of arrays, dictionaries and graphics states.</param>
/// <param name="MaxPages">Pages read.</param>
/// <param name="MaxReadTimeSeconds">Seconds a file may take to read: beyond it the file is refused. Checked between
/// pages and at every stream decoded.</param>
public sealed record PdfLimits(
    long MaxStreamBytes = 64L * 1024 * 1024,
    long MaxDocumentBytes = 512L * 1024 * 1024,
    int MaxNestingDepth = 256,
    int MaxPages = 10_000,
    double MaxReadTimeSeconds = 120)
{
    /// <summary>The default limits.</summary>
    public static PdfLimits Default { get; } = new();
}
