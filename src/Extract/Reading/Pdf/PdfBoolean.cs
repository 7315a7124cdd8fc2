namespace Extract.Reading.Pdf;

/// <summary>A boolean object.</summary>
internal sealed class PdfBoolean(bool value) : PdfObject
{
    public static PdfBoolean True { get; } = new(true);

    public static PdfBoolean False { get; } = new(false);

    public bool Value { get; } = value;
}
