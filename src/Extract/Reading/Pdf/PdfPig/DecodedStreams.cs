using System.Runtime.InteropServices;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>The last few streams inflated, shared by the page scan and PdfPig: the scan inflates a page's content just
/// before PdfPig interprets the page, and PdfPig then gets the same bytes instead of inflating them again.</summary>
/// <remarks>Keyed by the compressed data's identity (array, offset, length), which PdfPig keeps for an object it has
/// read; only outputs up to <see cref="MaxKeptBytes"/> are kept, so that little memory stays held.</remarks>
internal sealed class DecodedStreams
{
    private const int MaxKeptBytes = 4 << 20;

    private readonly Entry[] _recent = new Entry[4];
    private int _next;

    public bool TryGet(Memory<byte> input, out Memory<byte> output)
    {
        if (MemoryMarshal.TryGetArray<byte>(input, out var key))
        {
            foreach (var entry in _recent)
            {
                if (entry.Array == key.Array && entry.Offset == key.Offset && entry.Length == key.Count && entry.Array is not null)
                {
                    output = entry.Output;
                    return true;
                }
            }
        }

        output = default;
        return false;
    }

    public void Add(Memory<byte> input, Memory<byte> output)
    {
        if (output.Length <= MaxKeptBytes && MemoryMarshal.TryGetArray<byte>(input, out var key))
        {
            _recent[_next] = new Entry(key.Array, key.Offset, key.Count, output);
            _next = (_next + 1) % _recent.Length;
        }
    }

    private readonly record struct Entry(byte[]? Array, int Offset, int Length, Memory<byte> Output);
}
