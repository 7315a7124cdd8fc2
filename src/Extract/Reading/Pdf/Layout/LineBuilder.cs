using System.Buffers;
using System.Text;

namespace Extract.Reading.Pdf.Layout;

/// <summary>Groups a page's glyphs into lines: glyphs on one baseline, left to right, cut where a gap is wider than
/// any word gap (a column gutter or a table's cell gap). Spaces are put between words from the gaps, never between
/// Han characters (justified Chinese lines are spaced out) and never inside a number.</summary>
internal static class LineBuilder
{
    // Gaps are measured in font sizes (ems).
    private const double WordGap = 0.2;
    private const double NumberGap = 0.5;
    private const double SegmentGap = 1.6;
    private const double BaselineTolerance = 0.35;

    public static List<TextLine> Build(List<TextGlyph> glyphs, int page, CancellationToken cancellationToken)
    {
        var lines = new List<TextLine>();
        if (glyphs.Count == 0)
        {
            return lines;
        }

        // One builder and two tallies serve every line of the page.
        var scratch = new Scratch();
        foreach (var row in Rows(glyphs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            row.Sort((a, b) => a.X.CompareTo(b.X));
            var start = 0;
            // The right edge of the segment so far, kept as it grows: a line of any length is cut in one pass.
            var right = row[0].Right;
            for (var i = 1; i <= row.Count; i++)
            {
                if (i == row.Count || row[i].X - right > SegmentGap * Math.Max(row[i].Size, row[i - 1].Size))
                {
                    var line = Segment(row, start, i, page, scratch);
                    if (line is not null)
                    {
                        lines.Add(line);
                    }

                    start = i;
                    if (i < row.Count)
                    {
                        right = row[i].Right;
                    }
                }
                else
                {
                    right = Math.Max(right, row[i].Right);
                }
            }
        }

        return lines;
    }

    private static double MaxRight(List<TextGlyph> row, int start, int end)
    {
        var right = double.MinValue;
        for (var k = start; k < end; k++)
        {
            right = Math.Max(right, row[k].Right);
        }

        return right;
    }

    // Baseline clusters: glyphs sorted from the top; a glyph joins the row whose baseline is within a fraction of its size.
    private static List<List<TextGlyph>> Rows(List<TextGlyph> glyphs)
    {
        // Sorted as indices (ties in content order), from a pooled array: a page's glyphs are often more than the
        // large-object heap's threshold, and copies of them there cost a full collection every few pages.
        var order = ArrayPool<int>.Shared.Rent(glyphs.Count);
        var heights = ArrayPool<double>.Shared.Rent(glyphs.Count);
        var rows = new List<List<TextGlyph>>();
        try
        {
            for (var i = 0; i < glyphs.Count; i++)
            {
                order[i] = i;
                heights[i] = glyphs[i].Y;
            }

            order.AsSpan(0, glyphs.Count).Sort((a, b) => heights[b].CompareTo(heights[a]) is var c && c != 0 ? c : a.CompareTo(b));
            Group(glyphs, order.AsSpan(0, glyphs.Count), rows);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<double>.Shared.Return(heights);
        }

        return AttachScripts(rows);
    }

    private static void Group(List<TextGlyph> glyphs, ReadOnlySpan<int> order, List<List<TextGlyph>> rows)
    {
        var rowY = double.NaN;
        var rowSize = 0.0;
        List<TextGlyph>? current = null;
        foreach (var index in order)
        {
            var g = glyphs[index];
            if (current is not null && rowY - g.Y <= BaselineTolerance * Math.Max(Math.Min(rowSize, g.Size), 1))
            {
                current.Add(g);
                continue;
            }

            current = [g];
            rows.Add(current);
            rowY = g.Y;
            rowSize = g.Size;
        }
    }

    // A row of small glyphs just above or below a row of larger ones holds its superscripts or subscripts
    // (footnote marks, exponents): they belong to that line.
    private static List<List<TextGlyph>> AttachScripts(List<List<TextGlyph>> rows)
    {
        // Each row's extent, worked out once (and kept as scripts join a row) rather than at every comparison.
        var extents = new Extent[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            extents[i] = Extent.Of(rows[i]);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (small, left, right) = extents[i];
            foreach (var j in (ReadOnlySpan<int>)[i + 1, i - 1])
            {
                if (j < 0 || j >= rows.Count || rows[j].Count == 0)
                {
                    continue;
                }

                var main = rows[j];
                var (size, mainLeft, mainRight) = extents[j];
                var baseline = main[0].Y;
                if (rows[i].Count <= 8 && small < 0.8 * size && Math.Abs(rows[i][0].Y - baseline) < 0.6 * size
                    && left >= mainLeft - size && right <= mainRight + size)
                {
                    // The script takes the line's baseline, so that it sorts into the line by position.
                    foreach (var g in rows[i])
                    {
                        main.Add(g with { Y = baseline });
                    }

                    extents[j] = new Extent(Math.Max(size, small), Math.Min(mainLeft, left), Math.Max(mainRight, right));
                    rows[i] = [];
                    break;
                }
            }
        }

        rows.RemoveAll(r => r.Count == 0);
        return rows;
    }

    private readonly record struct Extent(double Size, double Left, double Right)
    {
        public static Extent Of(List<TextGlyph> row)
        {
            double size = double.MinValue, left = double.MaxValue, right = double.MinValue;
            foreach (var g in row)
            {
                size = Math.Max(size, g.Size);
                left = Math.Min(left, g.X);
                right = Math.Max(right, g.Right);
            }

            return new Extent(size, left, right);
        }
    }

    private sealed class Scratch
    {
        public StringBuilder Text { get; } = new();

        public Dictionary<double, int> Sizes { get; } = [];

        public Dictionary<double, int> Baselines { get; } = [];
    }

    // The key counted most, the first of those counted most where several are (as a group-by and max-by would).
    private static double Mode(Dictionary<double, int> counts)
    {
        var best = 0.0;
        var most = int.MinValue;
        foreach (var (key, count) in counts)
        {
            if (count > most)
            {
                (best, most) = (key, count);
            }
        }

        return best;
    }

    private static TextLine? Segment(List<TextGlyph> row, int start, int end, int page, Scratch scratch)
    {
        var text = scratch.Text.Clear();
        TextGlyph? previous = null;
        var sizes = scratch.Sizes;
        sizes.Clear();
        var bold = 0;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var g = row[i];
            if (previous is { } p)
            {
                // The same glyph drawn twice (fake bold, shadows) is one glyph.
                if (g.Text == p.Text && Math.Abs(g.X - p.X) < 0.15 * g.Size && Math.Abs(g.Y - p.Y) < 0.15 * g.Size)
                {
                    continue;
                }

                var gap = g.X - p.Right;
                if (NeedsSpace(text, g.Text, gap, Math.Max(g.Size, p.Size)))
                {
                    text.Append(' ');
                }
            }

            text.Append(g.Text);
            var size = Math.Round(g.Size, 1);
            sizes[size] = sizes.GetValueOrDefault(size) + g.Text.Length;
            bold += g.IsBold ? g.Text.Length : 0;
            count += g.Text.Length;
            previous = g;
        }

        var (from, to) = (0, text.Length);
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (from == to)
        {
            return null;
        }

        var value = text.ToString(from, to - from);

        // A line indented with spaces (full-width ones, in Chinese) starts where its first visible glyph does.
        var left = row[start].X;
        for (var k = start; k < end; k++)
        {
            if (!string.IsNullOrWhiteSpace(row[k].Text))
            {
                left = row[k].X;
                break;
            }
        }

        var right = MaxRight(row, start, end);
        var baselines = scratch.Baselines;
        baselines.Clear();
        for (var k = start; k < end; k++)
        {
            var y = Math.Round(row[k].Y, 1);
            baselines[y] = baselines.GetValueOrDefault(y) + 1;
        }

        return new TextLine(value, left, right, Mode(baselines), Mode(sizes), bold * 20 >= count * 19, page);
    }

    private static bool NeedsSpace(StringBuilder text, string next, double gap, double size)
    {
        if (text.Length == 0 || text[^1] == ' ' || next.Length == 0 || next[0] == ' ')
        {
            return false;
        }

        var last = text[^1];
        var first = next[0];
        var insideNumber = (char.IsAsciiDigit(last) && (char.IsAsciiDigit(first) || first is '.' or ',' or '%'))
            || (last is '.' or ',' && char.IsAsciiDigit(first) && text.Length > 1 && char.IsAsciiDigit(text[^2]));
        if (insideNumber)
        {
            return gap > NumberGap * size;
        }

        return gap > WordGap * size;
    }
}
