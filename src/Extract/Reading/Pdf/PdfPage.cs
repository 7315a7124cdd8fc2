namespace Extract.Reading.Pdf;

/// <summary>A page of the page tree with its inherited attributes resolved.</summary>
/// <param name="Number">The one-based page index.</param>
/// <param name="Dictionary">The page object.</param>
/// <param name="Resources">The resources in force (own or inherited).</param>
/// <param name="MediaBox">The page's box: left, bottom, right, top.</param>
/// <param name="ObjectNumber">The page object's number, for errors.</param>
internal sealed record PdfPage(int Number, PdfDictionary Dictionary, PdfDictionary? Resources, PageBox MediaBox, int ObjectNumber);
