namespace Extract.Reading.Pdf.Layout;

/// <summary>Puts a page's lines in reading order: finds tables (from a row of three or more cells on one baseline), then a
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
            var (table, end) = rows[i].Count >= 3 ? ReadTable(rows, i) : (null, i + 1);
            if (table is not null)
            {
                tables.Add(new TableRegion(table, rows[i][0].Y, page.Number));
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

    // A table starts at a row of three or more cells; its columns are those cells, widened by the cells placed under
    // them. Rows of two or more cells under the columns are rows; a line close under a row (a cell's text wrapped)
    // goes into that row's cell.
    private static (List<List<string>>? Table, int End) ReadTable(List<List<TextLine>> rows, int start)
    {
        var columns = rows[start].Select(l => (l.Left, l.Right)).ToList();
        var table = new List<List<string>> { Place(rows[start], columns) };
        var size = rows[start].Max(l => l.Size);
        var previousY = rows[start][0].Y;
        var end = start + 1;
        for (; end < rows.Count; end++)
        {
            var row = rows[end];
            var gap = previousY - row[0].Y;
            var under = row.All(l => columns.Any(c => l.Left < c.Right + size && l.Right > c.Left - size));
            if (gap < 1.5 * size && under && row.Count < columns.Count)
            {
                var cells = Place(row, columns);
                var last = table[^1];
                for (var c = 0; c < cells.Count; c++)
                {
                    if (cells[c].Length > 0)
                    {
                        last[c] = last[c].Length == 0 ? cells[c] : last[c] + " " + cells[c];
                    }
                }
            }
            else if (row.Count >= 3 || (row.Count == 2 && under))
            {
                table.Add(Place(row, columns));
            }
            else
            {
                break;
            }

            previousY = row[0].Y;
        }

        return table.Count >= 2 ? (table, end) : (null, start + 1);
    }

    // Each line goes to the column it overlaps most, or else the nearest; a column takes in the lines placed in it.
    private static List<string> Place(List<TextLine> row, List<(double Left, double Right)> columns)
    {
        var cells = Enumerable.Repeat(string.Empty, columns.Count).ToList();
        foreach (var line in row)
        {
            var best = 0;
            var bestScore = double.MinValue;
            for (var c = 0; c < columns.Count; c++)
            {
                var overlap = Math.Min(line.Right, columns[c].Right) - Math.Max(line.Left, columns[c].Left);
                var score = overlap > 0 ? overlap : -Math.Abs(line.Center - ((columns[c].Left + columns[c].Right) / 2));
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }

            cells[best] = cells[best].Length == 0 ? line.Text : cells[best] + " " + line.Text;
            columns[best] = (Math.Min(columns[best].Left, line.Left), Math.Max(columns[best].Right, line.Right));
        }

        return cells;
    }

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
