namespace Extract.Reading.Pdf;

/// <summary>Safety limits on what a PDF may make the reader do: a file that goes beyond them is malformed or hostile
/// (decompression bombs, absurd nesting, forms that draw each other thousands of times over, files that take for ever). PdfPig bounds none of these by itself.</summary>
/// <param name="MaxStreamBytes">Decoded bytes allowed for one stream: beyond it the page that needs the stream is not
/// read.</param>
/// <param name="MaxDocumentBytes">Decoded bytes allowed for all streams of the document together: beyond it the file
/// is refused.</param>
/// <param name="MaxNestingDepth">Nesting of arrays, dictionaries and graphics states.</param>
/// <param name="MaxPages">Pages read.</param>
/// <param name="MaxReadTimeSeconds">Seconds a file may take to read: beyond it the file is refused. Checked between
/// pages and at every stream decoded.</param>
/// <param name="MaxFormDraws">Form XObjects one page may draw, a form drawn by a form drawn ten times counted ten
/// times: beyond it the page is not read. A page's content, forms counted each time they are drawn, is also bounded, by
/// <paramref name="MaxDocumentBytes"/>.</param>
/// <param name="MaxPageTextBytes">Bytes of text one page may show, forms counted each time they are drawn: beyond it
/// the page is not read (a dense page shows a few kilobytes).</param>
/// <param name="MaxCharacterMapCodes">Codes the ranges of one character map (a ToUnicode map, an embedded CMap) may
/// span: PdfPig expands a range code by code, so a damaged map of one range over four billion codes would take minutes
/// and gigabytes. A map beyond it is refused before PdfPig reads it.</param>
/// <param name="MaxContentRecoverySteps">Work PdfPig's content parser may spend on one page's damaged operators (a
/// name that is no operator, an operator with too few operands): for each it looks back over the operations since the
/// last text object's end, and for the second kind it raises and catches an error, counted as 2,000 steps. A page of
/// damaged bytes read as content costs billions of steps, seconds to minutes; a page over the limit is not read. The
/// default, 50 million, is about a tenth of a second.</param>
public sealed record PdfLimits(
    long MaxStreamBytes = 64L * 1024 * 1024,
    long MaxDocumentBytes = 512L * 1024 * 1024,
    int MaxNestingDepth = 256,
    int MaxPages = 10_000,
    double MaxReadTimeSeconds = 120,
    long MaxFormDraws = 100_000,
    long MaxPageTextBytes = 1024 * 1024,
    long MaxCharacterMapCodes = 1L << 20,
    long MaxContentRecoverySteps = 50_000_000)
{
    /// <summary>The default limits.</summary>
    public static PdfLimits Default { get; } = new();
}
