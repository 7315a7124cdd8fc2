namespace Extract.Reading.Pdf.Layout;

/// <summary>The lines found on one page, with the page's box.</summary>
/// <param name="Number">The one-based page index.</param>
/// <param name="Box">The page's media box.</param>
/// <param name="Lines">The lines, top to bottom as found (not yet in reading order).</param>
internal sealed record PageText(int Number, PageBox Box, List<TextLine> Lines);
