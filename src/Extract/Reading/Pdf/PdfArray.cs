namespace Extract.Reading.Pdf;

/// <summary>An array object.</summary>
internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public List<PdfObject> Items { get; } = items;

    public int Count => Items.Count;

    public PdfObject this[int index] => Items[index];
}
