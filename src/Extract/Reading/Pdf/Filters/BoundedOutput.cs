namespace Extract.Reading.Pdf.Filters;

/// <summary>A growable byte buffer that charges every byte written to a <see cref="DecodeBudget"/>.</summary>
internal sealed class BoundedOutput(DecodeBudget budget, int capacity = 256)
{
    private byte[] _buffer = new byte[Math.Max(16, capacity)];

    public int Length { get; private set; }

    public void Write(byte b)
    {
        Reserve(1);
        _buffer[Length++] = b;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Copies <paramref name="count"/> bytes from earlier in the output (for LZW strings).</summary>
    public void CopyWithin(int start, int count)
    {
        Reserve(count);
        for (var i = 0; i < count; i++)
        {
            _buffer[Length++] = _buffer[start + i];
        }
    }

    public byte this[int index] => _buffer[index];

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    private void Reserve(int count)
    {
        budget.Take(Length, count);
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(Length + count, _buffer.Length * 2));
        }
    }
}
