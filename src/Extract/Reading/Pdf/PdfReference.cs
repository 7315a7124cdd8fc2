namespace Extract.Reading.Pdf;

/// <summary>A reference to an indirect object (<c>12 0 R</c>).</summary>
internal sealed class PdfReference(ObjectId id) : PdfObject
{
    public ObjectId Id { get; } = id;
}
