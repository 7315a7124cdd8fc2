namespace Extract.Reading.Pdf.Filters;

/// <summary>LZWDecode (7.4.4): variable-width codes of 9 to 12 bits, MSB first, with the early change.</summary>
internal static class LzwFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, bool earlyChange, DecodeBudget budget)
    {
        var output = new BoundedOutput(budget, input.Length * 3);
        // Each table entry is a (start, length) slice of the output: a string is copied from where it first appeared.
        var starts = new int[4096];
        var lengths = new int[4096];
        var next = 258;
        var width = 9;
        var previous = -1;
        var previousStart = 0;
        var previousLength = 0;
        var bitBuffer = 0;
        var bits = 0;
        var position = 0;
        while (true)
        {
            while (bits < width && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bits += 8;
            }

            if (bits < width)
            {
                break;
            }

            var code = (bitBuffer >> (bits - width)) & ((1 << width) - 1);
            bits -= width;
            if (code == 256)
            {
                next = 258;
                width = 9;
                previous = -1;
                continue;
            }

            if (code == 257)
            {
                break;
            }

            var start = output.Length;
            if (code < 256)
            {
                output.Write((byte)code);
            }
            else if (code < next)
            {
                output.CopyWithin(starts[code], lengths[code]);
            }
            else if (code == next && previous >= 0)
            {
                output.CopyWithin(previousStart, previousLength);
                output.Write(output[previousStart]);
            }
            else
            {
                break;
            }

            // The new entry is the previous string plus the first byte of this one: they lie side by side.
            if (previous >= 0 && next < 4096)
            {
                starts[next] = previousStart;
                lengths[next] = previousLength + 1;
                next++;
            }

            previous = code;
            previousStart = start;
            previousLength = output.Length - start;
            var limit = earlyChange ? next + 1 : next;
            width = limit >= 2048 ? 12 : limit >= 1024 ? 11 : limit >= 512 ? 10 : 9;
        }

        return output.ToArray();
    }
}
