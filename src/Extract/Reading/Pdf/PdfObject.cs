namespace Extract.Reading.Pdf;

/// <summary>A PDF object (ISO 32000-1, 7.3): the base of the object model the parser builds.</summary>
internal abstract class PdfObject
{
}
