namespace Extract.Reading.Pdf;

/// <summary>The null object, also what a missing or unresolvable reference reads as.</summary>
internal sealed class PdfNull : PdfObject
{
    public static PdfNull Instance { get; } = new();

    private PdfNull()
    {
    }
}
