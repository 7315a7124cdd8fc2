namespace Extract.Reading.Pdf.PdfPig;

/// <summary>A safety limit was reached while PdfPig was reading: raised from inside its filters, so that the read
/// stops there; the reader turns it into a typed error.</summary>
internal sealed class PdfLimitException(string message, bool wholeFile) : Exception(message)
{
    /// <summary>Whether the file as a whole is refused (time, decoded bytes in all), rather than one page.</summary>
    public bool WholeFile { get; } = wholeFile;
}
