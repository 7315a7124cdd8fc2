namespace Extract.Reading.Pdf;

/// <summary>A problem found inside the PDF machinery, before the file's name is known there; the PDF reader
/// turns it into a <see cref="MalformedPdfException"/> naming the file, page and object.</summary>
internal sealed class PdfFormatException(string problem, int? objectNumber = null) : Exception(problem)
{
    public int? ObjectNumber { get; } = objectNumber;
}
