namespace Extract.Reading.Pdf.Layout;

/// <summary>Puts a page's lines in reading order: finds tables (rows of three or more cells on one baseline), then a
/// column gutter; lines that cross the gutter cut the page into bands, and each band is read left column first.</summary>
internal static class ReadingOrder
{
    private const int MinColumnLines = 4;

    public static (List<PlacedLine> Lines, List<TableRegion> Tables) Order(PageText page)
    {
        var rows = Rows(page.Lines);
        var tables = new List<TableRegion>();
        var text = new List<TextLine>();
        for (var i = 0; i < rows.Count;)
        {
            var end = i;
            while (end < rows.Count && (rows[end].Count >= 3 || (end > i && rows[end].Count == 2 && Aligned(rows[end], rows[i]))))
            {
                end++;
            }

            if (end - i >= 2)
            {
                var cells = rows.GetRange(i, end - i).Select(r => r.Select(l => l.Text).ToList()).ToList();
                tables.Add(new TableRegion(cells, rows[i][0].Y, page.Number));
                i = end;
            }
            else
            {
                text.AddRange(rows[i]);
                i++;
            }
        }

        return (Columns(text, page), tables);
    }

    // Cells of a later row sit under cells of the first row.
    private static bool Aligned(List<TextLine> row, List<TextLine> first) =>
        row.All(l => first.Any(f => l.Left < f.Right + 2 && l.Right > f.Left - 2));

    private static List<List<TextLine>> Rows(List<TextLine> lines)
    {
        var rows = new List<List<TextLine>>();
        foreach (var line in lines.OrderByDescending(l => l.Y))
        {
            if (rows.Count > 0 && rows[^1][0].Y - line.Y < 0.45 * Math.Min(line.Size, rows[^1][0].Size))
            {
                rows[^1].Add(line);
            }
            else
            {
                rows.Add([line]);
            }
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return rows;
    }

    private static List<PlacedLine> Columns(List<TextLine> lines, PageText page)
    {
        var sorted = lines.OrderByDescending(l => l.Y).ThenBy(l => l.Left).ToList();
        var gutter = FindGutter(sorted, page);
        if (gutter is not { } x)
        {
            return sorted.Select(l => new PlacedLine(l, (0, 0))).ToList();
        }

        var result = new List<PlacedLine>(sorted.Count);
        var band = 0;
        var left = new List<TextLine>();
        var right = new List<TextLine>();
        void Flush()
        {
            result.AddRange(left.Select(l => new PlacedLine(l, (band, 0))));
            result.AddRange(right.Select(l => new PlacedLine(l, (band, 1))));
            left.Clear();
            right.Clear();
            band++;
        }

        foreach (var line in sorted)
        {
            if (line.Right <= x)
            {
                left.Add(line);
            }
            else if (line.Left >= x)
            {
                right.Add(line);
            }
            else
            {
                Flush();
                result.Add(new PlacedLine(line, (band, 0)));
                band++;
            }
        }

        Flush();
        return result;
    }

    // The gutter is the vertical line in the middle of the page that the most lines on both sides leave free.
    private static double? FindGutter(List<TextLine> lines, PageText page)
    {
        var box = page.Box;
        double? best = null;
        var bestScore = 0;
        for (var x = box.Left + (box.Width * 0.35); x <= box.Left + (box.Width * 0.65); x += 2)
        {
            int left = 0, right = 0, crossing = 0;
            foreach (var l in lines)
            {
                if (l.Right <= x)
                {
                    left++;
                }
                else if (l.Left >= x)
                {
                    right++;
                }
                else
                {
                    crossing++;
                }
            }

            var score = Math.Min(left, right) - crossing;
            if (left >= MinColumnLines && right >= MinColumnLines && score > bestScore)
            {
                bestScore = score;
                best = x;
            }
        }

        return best;
    }
}
