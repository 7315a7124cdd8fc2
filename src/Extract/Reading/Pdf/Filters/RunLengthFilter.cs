namespace Extract.Reading.Pdf.Filters;

/// <summary>RunLengthDecode (7.4.5): a length byte, then literal bytes or one repeated byte; 128 ends.</summary>
internal static class RunLengthFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, DecodeBudget budget)
    {
        var output = new BoundedOutput(budget, input.Length * 2);
        var i = 0;
        while (i < input.Length)
        {
            int length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var count = Math.Min(length + 1, input.Length - i);
                output.Write(input.Slice(i, count));
                i += count;
            }
            else if (i < input.Length)
            {
                var b = input[i++];
                for (var k = 0; k < 257 - length; k++)
                {
                    output.Write(b);
                }
            }
        }

        return output.ToArray();
    }
}
