namespace Extract.Reading.Pdf.Filters;

/// <summary>Counts decoded bytes against the per-stream and per-document caps, so that a decompression bomb stops
/// with an error instead of filling memory.</summary>
internal sealed class DecodeBudget(long maxStreamBytes, long maxDocumentBytes)
{
    private long _documentBytes;

    public long MaxStreamBytes { get; } = maxStreamBytes;

    /// <summary>Takes <paramref name="count"/> more bytes for a stream that already has <paramref name="streamBytes"/>.</summary>
    public void Take(long streamBytes, int count)
    {
        if (streamBytes + count > MaxStreamBytes)
        {
            throw new PdfFormatException($"a stream decompresses to more than {MaxStreamBytes:N0} bytes");
        }

        _documentBytes += count;
        if (_documentBytes > maxDocumentBytes)
        {
            throw new PdfFormatException($"the streams decompress to more than {maxDocumentBytes:N0} bytes in all");
        }
    }
}
