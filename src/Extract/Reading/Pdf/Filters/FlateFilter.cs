using System.IO.Compression;

namespace Extract.Reading.Pdf.Filters;

/// <summary>FlateDecode (7.4.4): zlib data. A corrupt tail keeps what was inflated before it, as readers do.</summary>
internal static class FlateFilter
{
    public static byte[] Decode(ReadOnlyMemory<byte> input, DecodeBudget budget)
    {
        var span = input.Span;
        // Some writers omit the two-byte zlib header; raw deflate then.
        var hasHeader = span.Length >= 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0;
        var output = new BoundedOutput(budget, input.Length * 4);
        using var source = new MemoryStream(input.ToArray(), writable: false);
        if (hasHeader)
        {
            source.Position = 2;
        }

        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        var chunk = new byte[16384];
        try
        {
            int read;
            while ((read = inflater.Read(chunk, 0, chunk.Length)) > 0)
            {
                output.Write(chunk.AsSpan(0, read));
            }
        }
        catch (InvalidDataException) when (output.Length > 0)
        {
            // Keep the data inflated before the damage.
        }
        catch (InvalidDataException e)
        {
            throw new PdfFormatException("corrupt Flate data: " + e.Message);
        }

        return output.ToArray();
    }
}
