namespace Extract.Reading.Pdf.Filters;

/// <summary>ASCII85Decode (7.4.3): five characters for four bytes, <c>z</c> for four zeros, <c>~&gt;</c> ends.</summary>
internal static class Ascii85Filter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, DecodeBudget budget)
    {
        var output = new BoundedOutput(budget, input.Length);
        Span<byte> group = stackalloc byte[5];
        var n = 0;
        var start = input.StartsWith("<~"u8) ? 2 : 0;
        for (var i = start; i < input.Length; i++)
        {
            var c = input[i];
            if (c == '~')
            {
                break;
            }

            if (Lexer.IsWhite(c))
            {
                continue;
            }

            if (c == 'z' && n == 0)
            {
                output.Write([0, 0, 0, 0]);
                continue;
            }

            if (c is < (byte)'!' or > (byte)'u')
            {
                throw new PdfFormatException("invalid character in ASCII85 data");
            }

            group[n++] = (byte)(c - '!');
            if (n == 5)
            {
                Flush(group, 4, output);
                n = 0;
            }
        }

        if (n > 1)
        {
            for (var k = n; k < 5; k++)
            {
                group[k] = 84;
            }

            Flush(group, n - 1, output);
        }

        return output.ToArray();
    }

    private static void Flush(ReadOnlySpan<byte> group, int count, BoundedOutput output)
    {
        uint value = 0;
        foreach (var g in group)
        {
            value = unchecked((value * 85) + g);
        }

        for (var k = 0; k < count; k++)
        {
            output.Write((byte)(value >> (24 - (8 * k))));
        }
    }
}
