using System.Buffers;
using System.Runtime.CompilerServices;

namespace Extract.Reading.Text;

/// <summary>A growable run of characters, each with the source offset it came from, in pooled arrays that one
/// document's normalization reuses for every block.</summary>
/// <remarks>Normalization copies most text unchanged, so runs are appended with one block copy and a counted fill
/// of offsets rather than character by character.</remarks>
internal sealed class MappedCharBuffer : IDisposable
{
    private char[] _chars;
    private int[] _offsets;

    public MappedCharBuffer(int capacity = 1024)
    {
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _offsets = ArrayPool<int>.Shared.Rent(capacity);
    }

    public int Count { get; private set; }

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Count);

    public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, Count);

    public char this[int index] => _chars[index];

    public int OffsetAt(int index) => _offsets[index];

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(char c, int sourceOffset)
    {
        if (Count == _chars.Length)
        {
            Grow(Count + 1);
        }

        _chars[Count] = c;
        _offsets[Count] = sourceOffset;
        Count++;
    }

    /// <summary>Appends source characters taken unchanged from <paramref name="sourceOffset"/> on.</summary>
    public void AddUnchanged(ReadOnlySpan<char> text, int sourceOffset)
    {
        EnsureRoom(text.Length);
        text.CopyTo(_chars.AsSpan(Count));
        var offsets = _offsets.AsSpan(Count, text.Length);
        for (var k = 0; k < offsets.Length; k++)
        {
            offsets[k] = sourceOffset + k;
        }

        Count += text.Length;
    }

    /// <summary>Appends characters with their offsets.</summary>
    public void AddRange(ReadOnlySpan<char> chars, ReadOnlySpan<int> offsets)
    {
        EnsureRoom(chars.Length);
        chars.CopyTo(_chars.AsSpan(Count));
        offsets.CopyTo(_offsets.AsSpan(Count));
        Count += chars.Length;
    }

    /// <summary>Appends a normalized text whose characters map to the source through <paramref name="map"/>.</summary>
    public void AddMapped(string text, Documents.OffsetMap map)
    {
        EnsureRoom(text.Length);
        text.CopyTo(_chars.AsSpan(Count));
        map.CopySourceOffsets(_offsets.AsSpan(Count, text.Length));
        Count += text.Length;
    }

    public void RemoveLast() => Count--;

    /// <summary>Drops the characters from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => Count = count;

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_offsets);
        _chars = [];
        _offsets = [];
        Count = 0;
    }

    private void EnsureRoom(int extra)
    {
        if (Count + extra > _chars.Length)
        {
            Grow(Count + extra);
        }
    }

    private void Grow(int needed)
    {
        var capacity = Math.Max(needed, _chars.Length * 2);
        var chars = ArrayPool<char>.Shared.Rent(capacity);
        var offsets = ArrayPool<int>.Shared.Rent(capacity);
        _chars.AsSpan(0, Count).CopyTo(chars);
        _offsets.AsSpan(0, Count).CopyTo(offsets);
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_offsets);
        _chars = chars;
        _offsets = offsets;
    }
}
