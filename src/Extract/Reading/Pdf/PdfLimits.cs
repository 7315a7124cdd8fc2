namespace Extract.Reading.Pdf;

/// <summary>Safety limits on what a PDF may make the reader do: a file that goes beyond them is malformed or hostile
/// (decompression bombs, reference cycles, absurd nesting).</summary>
/// <param name="MaxStreamBytes">Decoded bytes allowed for one stream.</param>
/// <param name="MaxDocumentBytes">Decoded bytes allowed for all streams of the document together.</param>
/// <param name="MaxNestingDepth">Nesting of arrays and dictionaries.</param>
/// <param name="MaxReferenceChain">Length of a chain of references to references, and of the page tree.</param>
/// <param name="MaxPages">Pages read.</param>
/// <param name="MaxFormDepth">Nesting of form XObjects.</param>
/// <param name="MaxOperations">Content-stream operators executed per page.</param>
public sealed record PdfLimits(
    long MaxStreamBytes = 64L * 1024 * 1024,
    long MaxDocumentBytes = 512L * 1024 * 1024,
    int MaxNestingDepth = 256,
    int MaxReferenceChain = 64,
    int MaxPages = 10_000,
    int MaxFormDepth = 16,
    int MaxOperations = 5_000_000)
{
    /// <summary>The default limits.</summary>
    public static PdfLimits Default { get; } = new();
}
