using System.Buffers.Binary;
using System.Text;

namespace Extract.JiebaData;

/// <summary>Little-endian primitives with unsigned LEB128 varints.</summary>
internal sealed class TableWriter
{
    private readonly MemoryStream _stream = new();

    public TableWriter(char table)
    {
        _stream.Write("EXJ"u8);
        _stream.WriteByte((byte)table);
        _stream.WriteByte(Format.Version);
    }

    public void VarInt(long value)
    {
        if (value < 0)
        {
            throw new InvalidDataException($"negative value {value} in a varint");
        }

        var v = (ulong)value;
        while (v >= 0x80)
        {
            _stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        _stream.WriteByte((byte)v);
    }

    public void Byte(int value) => _stream.WriteByte(checked((byte)value));

    public void Double(double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        _stream.Write(bytes);
    }

    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        VarInt(bytes.Length);
        _stream.Write(bytes);
    }

    /// <summary>Characters in ascending order, each as the difference from the one before.</summary>
    public void Characters(IReadOnlyList<char> sorted)
    {
        var previous = 0;
        foreach (var c in sorted)
        {
            VarInt(c - previous);
            previous = c;
        }
    }

    public byte[] ToArray() => _stream.ToArray();
}
