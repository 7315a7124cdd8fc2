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
                    var line = Segment(row, start, i, page);
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
        var sorted = glyphs.OrderByDescending(g => g.Y).ToList();
        var rows = new List<List<TextGlyph>>();
        var rowY = double.NaN;
        var rowSize = 0.0;
        List<TextGlyph>? current = null;
        foreach (var g in sorted)
        {
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

        return AttachScripts(rows);
    }

    // A row of small glyphs just above or below a row of larger ones holds its superscripts or subscripts
    // (footnote marks, exponents): they belong to that line.
    private static List<List<TextGlyph>> AttachScripts(List<List<TextGlyph>> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var small = rows[i].Max(g => g.Size);
            var left = rows[i].Min(g => g.X);
            var right = rows[i].Max(g => g.Right);
            foreach (var j in new[] { i + 1, i - 1 })
            {
                if (j < 0 || j >= rows.Count || rows[j].Count == 0)
                {
                    continue;
                }

                var main = rows[j];
                var size = main.Max(g => g.Size);
                var baseline = main[0].Y;
                if (rows[i].Count <= 8 && small < 0.8 * size && Math.Abs(rows[i][0].Y - baseline) < 0.6 * size
                    && left >= main.Min(g => g.X) - size && right <= main.Max(g => g.Right) + size)
                {
                    // The script takes the line's baseline, so that it sorts into the line by position.
                    main.AddRange(rows[i].Select(g => g with { Y = baseline }));
                    rows[i] = [];
                    break;
                }
            }
        }

        rows.RemoveAll(r => r.Count == 0);
        return rows;
    }

    private static TextLine? Segment(List<TextGlyph> row, int start, int end, int page)
    {
        var text = new StringBuilder();
        TextGlyph? previous = null;
        var sizes = new Dictionary<double, int>();
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

        var value = text.ToString().Trim();
        if (value.Length == 0)
        {
            return null;
        }

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
        var baseline = row.Skip(start).Take(end - start).GroupBy(g => Math.Round(g.Y, 1)).MaxBy(g => g.Count())!.Key;
        return new TextLine(value, left, right, baseline, sizes.MaxBy(s => s.Value).Key, bold * 20 >= count * 19, page);
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
