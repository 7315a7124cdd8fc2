namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Bounds what a character map embedded in a file (a ToUnicode map, an embedded CMap) makes PdfPig build:
/// PdfPig expands each <c>bfrange</c> and <c>cidrange</c> code by code, so one range of four billion codes (a kilobyte
/// of damaged map) would run for minutes and take gigabytes. A map whose ranges together span more codes than any
/// font has is refused before PdfPig reads it.</summary>
internal static class CMapGuard
{
    /// <summary>Throws a <see cref="PdfLimitException"/> (for the page that needs the map) when
    /// <paramref name="decoded"/> holds a character map whose ranges span more than <paramref name="maxCodes"/> codes.</summary>
    public static void Check(ReadOnlySpan<byte> decoded, long maxCodes)
    {
        if (decoded.IndexOf("range"u8) < 0 || (decoded.IndexOf("beginbfrange"u8) < 0 && decoded.IndexOf("begincidrange"u8) < 0))
        {
            return;
        }

        // Each map on its own (a file's raw bytes may hold many, one for each font); a damaged one without its
        // begincmap is taken whole.
        var at = decoded.IndexOf("begincmap"u8);
        if (at < 0)
        {
            Limit(decoded, maxCodes);
            return;
        }

        while (at >= 0)
        {
            var rest = decoded[at..];
            var end = rest.IndexOf("endcmap"u8);
            Limit(end < 0 ? rest : rest[..end], maxCodes);
            if (end < 0)
            {
                return;
            }

            var next = rest[end..].IndexOf("begincmap"u8);
            at = next < 0 ? -1 : at + end + next;
        }
    }

    private static void Limit(ReadOnlySpan<byte> map, long maxCodes)
    {
        var codes = Span(map, "beginbfrange"u8, "endbfrange"u8, maxCodes) + Span(map, "begincidrange"u8, "endcidrange"u8, maxCodes);
        if (codes > maxCodes)
        {
            throw new PdfLimitException($"a character map's ranges span more than {maxCodes:N0} codes", wholeFile: false);
        }
    }

    // The codes spanned by the ranges of every section between begin and end: each range is two hexadecimal codes and
    // a destination (a code, a CID, or an array of codes, which adds nothing beyond its own length).
    private static long Span(ReadOnlySpan<byte> data, ReadOnlySpan<byte> begin, ReadOnlySpan<byte> end, long maxCodes)
    {
        long total = 0;
        var at = data.IndexOf(begin);
        while (at >= 0)
        {
            var body = data[(at + begin.Length)..];
            var stop = body.IndexOf(end);
            var section = stop < 0 ? body : body[..stop];
            var depth = 0;
            var codes = new List<ulong>(2);
            for (var i = 0; i < section.Length; i++)
            {
                var b = section[i];
                if (b == '[')
                {
                    depth++;
                }
                else if (b == ']')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (b == '<' && depth == 0)
                {
                    var close = section[i..].IndexOf((byte)'>');
                    if (close < 0)
                    {
                        break;
                    }

                    codes.Add(Hex(section.Slice(i + 1, close - 1)));
                    i += close;
                    if (codes.Count == 3 || (codes.Count == 2 && NextIsNotCode(section, i + 1)))
                    {
                        total += codes[1] >= codes[0] ? (long)Math.Min(codes[1] - codes[0] + 1, (ulong)maxCodes + 1) : 0;
                        codes.Clear();
                        if (total > maxCodes)
                        {
                            return total;
                        }
                    }
                }
            }

            if (stop < 0)
            {
                break;
            }

            var next = body[stop..].IndexOf(begin);
            at = next < 0 ? -1 : at + begin.Length + stop + next;
        }

        return total;
    }

    // After a range's two codes comes a CID (a number) or an array, not a third code.
    private static bool NextIsNotCode(ReadOnlySpan<byte> section, int from)
    {
        var i = from;
        while (i < section.Length && PdfSyntax.IsWhite(section[i]))
        {
            i++;
        }

        return i < section.Length && section[i] != '<';
    }

    // A code of up to eight hexadecimal digits; a longer one spans more than any limit.
    private static ulong Hex(ReadOnlySpan<byte> digits)
    {
        ulong value = 0;
        var count = 0;
        foreach (var d in digits)
        {
            var v = d switch
            {
                >= (byte)'0' and <= (byte)'9' => d - '0',
                >= (byte)'a' and <= (byte)'f' => d - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => d - 'A' + 10,
                _ => -1,
            };
            if (v < 0)
            {
                continue;
            }

            if (++count > 8)
            {
                return ulong.MaxValue / 2;
            }

            value = (value << 4) | (uint)v;
        }

        return value;
    }
}
