namespace Extract.Reading.Pdf;

/// <summary>A stream object: its dictionary and its raw (still encoded, maybe encrypted) data.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> rawData) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public ReadOnlyMemory<byte> RawData { get; set; } = rawData;

    /// <summary>The indirect object the stream is, for decryption and errors.</summary>
    public ObjectId Id { get; set; }
}
