using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Extract.Segmentation.Embedded;

/// <summary>Reads the tables that <c>build/Extract.JiebaData</c> writes: an embedded resource holding
/// <c>[uncompressed length: int32][Brotli stream]</c>, whose content starts with <c>EXJ</c>, a table letter and a
/// version byte, followed by little-endian primitives and unsigned LEB128 varints.</summary>
internal ref struct TableReader
{
    private const byte Version = 1;

    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    private TableReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 5;
    }

    /// <summary>The decompressed content of the resource <paramref name="name"/>, checked to be table
    /// <paramref name="table"/> of the version this reader knows.</summary>
    /// <exception cref="InvalidOperationException">When the resource is missing or damaged: the assembly was not built
    /// as the project builds it.</exception>
    public static byte[] Load(string name, char table)
    {
        using var stream = typeof(TableReader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the assembly.");
        var compressed = new byte[stream.Length];
        stream.ReadExactly(compressed);
        var length = BinaryPrimitives.ReadInt32LittleEndian(compressed);
        var content = GC.AllocateUninitializedArray<byte>(length);
        if (!BrotliDecoder.TryDecompress(compressed.AsSpan(4), content, out var written) || written != length
            || length < 5 || !content.AsSpan(0, 3).SequenceEqual("EXJ"u8) || content[3] != table || content[4] != Version)
        {
            throw new InvalidOperationException($"The embedded resource {name} is damaged or of another version.");
        }

        return content;
    }

    /// <summary>A reader positioned after the header of <paramref name="content"/>.</summary>
    public static TableReader Over(byte[] content) => new(content);

    public readonly bool AtEnd => _position == _data.Length;

    public long VarLong()
    {
        ulong value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return (long)value;
    }

    // The one-byte case inlined into the loading loops; the loop of the longer ones stays out of line, since a
    // method with a loop is never inlined.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int VarInt()
    {
        var b = _data[_position];
        if (b < 0x80)
        {
            _position++;
            return b;
        }

        return LongVarInt();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int LongVarInt()
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _data[_position++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }

    public byte Byte() => _data[_position++];

    public double Double()
    {
        var value = BinaryPrimitives.ReadDoubleLittleEndian(_data.Slice(_position, 8));
        _position += 8;
        return value;
    }

    public string String()
    {
        var length = VarInt();
        var value = Encoding.UTF8.GetString(_data.Slice(_position, length));
        _position += length;
        return value;
    }

    /// <summary>Characters written ascending, each as the difference from the one before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Characters(Span<char> into)
    {
        var previous = 0;
        for (var i = 0; i < into.Length; i++)
        {
            previous += VarInt();
            into[i] = (char)previous;
        }
    }
}
