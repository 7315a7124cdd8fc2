namespace Extract.Reading.Pdf.Fonts;

/// <summary>A codespace range of a CMap: codes of <see cref="Length"/> bytes between <see cref="Low"/> and
/// <see cref="High"/>, compared byte by byte.</summary>
internal readonly record struct CodespaceRange(uint Low, uint High, int Length)
{
    public bool Contains(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var shift = 8 * (Length - 1 - i);
            var b = bytes[i];
            if (b < (byte)(Low >> shift) || b > (byte)(High >> shift))
            {
                return false;
            }
        }

        return true;
    }
}
