namespace Extract.Reading.Pdf;

/// <summary>A name object, without its slash, <c>#xx</c> escapes resolved.</summary>
internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}
