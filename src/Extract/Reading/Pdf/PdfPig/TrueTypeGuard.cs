using System.Buffers.Binary;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Checks an embedded TrueType program before PdfPig parses its glyphs: PdfPig reads every glyph's outline
/// (on the first glyph it measures), allocating for as many points as each glyph claims, so a damaged program whose
/// glyphs claim tens of thousands of points each (one fuzzed file: 149 million in all) takes seconds and gigabytes
/// before the page is given up. A glyph cannot hold more points than its bytes can describe: with its flags repeated,
/// two bytes describe at most 256 points, and its header and contour ends come first.</summary>
internal static class TrueTypeGuard
{
    /// <summary>Throws a <see cref="PdfLimitException"/> (for the page that needs the font) when
    /// <paramref name="program"/> is a TrueType program with a glyph that claims more points than its data holds.
    /// Anything else (other data, or a program too damaged to find its tables) is left to PdfPig.</summary>
    public static void Check(ReadOnlySpan<byte> program)
    {
        if (program.Length < 12 || !(program[..4].SequenceEqual((ReadOnlySpan<byte>)[0, 1, 0, 0]) || program[..4].SequenceEqual("true"u8)))
        {
            return;
        }

        var tables = BinaryPrimitives.ReadUInt16BigEndian(program[4..]);
        (int Offset, int Length) head = default, maxp = default, loca = default, glyf = default;
        for (var t = 0; t < tables && 12 + (16 * (t + 1)) <= program.Length; t++)
        {
            var record = program.Slice(12 + (16 * t), 16);
            var table = ((int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[8..]), int.MaxValue), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[12..]), int.MaxValue));
            var tag = record[..4];
            if (tag.SequenceEqual("head"u8))
            {
                head = table;
            }
            else if (tag.SequenceEqual("maxp"u8))
            {
                maxp = table;
            }
            else if (tag.SequenceEqual("loca"u8))
            {
                loca = table;
            }
            else if (tag.SequenceEqual("glyf"u8))
            {
                glyf = table;
            }
        }

        if (!Within(program, head, 54) || !Within(program, maxp, 6) || !Within(program, loca, 2) || !Within(program, glyf, 0))
        {
            return;
        }

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(program[(head.Offset + 50)..]) == 1;
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(program[(maxp.Offset + 4)..]);
        var entry = longOffsets ? 4 : 2;
        for (var g = 0; g < glyphs && loca.Offset + ((g + 2) * entry) <= program.Length; g++)
        {
            var at = loca.Offset + (g * entry);
            long start = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(program[at..]) : 2L * BinaryPrimitives.ReadUInt16BigEndian(program[at..]);
            long end = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(program[(at + entry)..]) : 2L * BinaryPrimitives.ReadUInt16BigEndian(program[(at + entry)..]);
            var glyph = glyf.Offset + start;
            if (end <= start || glyph + 12 > program.Length)
            {
                continue;
            }

            var contours = BinaryPrimitives.ReadInt16BigEndian(program[(int)glyph..]);
            if (contours <= 0 || glyph + 10 + (2 * contours) > program.Length)
            {
                continue;
            }

            var length = end - start;
            var points = BinaryPrimitives.ReadUInt16BigEndian(program[(int)(glyph + 10 + (2 * (contours - 1)))..]) + 1L;
            if (10 + (2L * contours) > length || points > 128 * length)
            {
                throw new PdfLimitException($"an embedded TrueType font is damaged: its glyph {g} claims {points:N0} points in {length:N0} bytes", wholeFile: false);
            }
        }
    }

    private static bool Within(ReadOnlySpan<byte> program, (int Offset, int Length) table, int least) =>
        table.Length >= least && table.Offset >= 0 && (long)table.Offset + Math.Max(least, 1) <= program.Length;
}
