namespace Extract.Reading.Pdf.Filters;

/// <summary>ASCIIHexDecode (7.4.2): hex digits up to <c>&gt;</c>, white space ignored.</summary>
internal static class AsciiHexFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input)
    {
        var end = input.IndexOf((byte)'>');
        return Lexer.DecodeHex(end < 0 ? input : input[..end]);
    }
}
