namespace Extract.Reading.Pdf.Layout;

/// <summary>Puts a page's lines in reading order: finds tables (from a row of three or more cells on one baseline), then a
/// column gutter; lines that cross the gutter cut the page into bands, and each band is read left column first.</summary>
internal static class ReadingOrder
{
    private const int MinColumnLines = 4;

    public static (List<PlacedLine> Lines, List<TableRegion> Tables) Order(PageText page, CancellationToken cancellationToken)
    {
        var rows = Rows(page.Lines);
        var tables = new List<TableRegion>();
        var text = new List<TextLine>();
        for (var i = 0; i < rows.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
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

    // The gutter is the vertical line in the middle of the page that the most lines on both sides leave free: the
    // first of the positions 2 points apart across the middle of the page that scores best. Between two line edges
    // every position scores the same, so only the first position past each edge (or on it) is scored: the work
    // follows the lines, not the width of the page (which a file may make absurd).
    private static double? FindGutter(List<TextLine> lines, PageText page)
    {
        const double Step = 2;
        var box = page.Box;
        var from = box.Left + (box.Width * 0.35);
        var to = box.Left + (box.Width * 0.65);
        if (lines.Count < 2 * MinColumnLines || !(from <= to) || !double.IsFinite(to - from))
        {
            return null;
        }

        var last = Math.Floor((to - from) / Step);
        var lefts = new double[lines.Count];
        var rights = new double[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            lefts[i] = lines[i].Left;
            rights[i] = lines[i].Right;
        }

        Array.Sort(lefts);
        Array.Sort(rights);
        var candidates = new List<double>((4 * lines.Count) + 1) { 0 };
        foreach (var edges in new[] { lefts, rights })
        {
            foreach (var edge in edges)
            {
                var k = Math.Floor((edge - from) / Step);
                if (k + 2 >= 0 && k <= last)
                {
                    // On the edge, just past it, and one more against rounding.
                    candidates.Add(Math.Max(k, 0));
                    candidates.Add(Math.Clamp(k + 1, 0, last));
                    candidates.Add(Math.Clamp(k + 2, 0, last));
                }
            }
        }

        candidates.Sort();
        double? best = null;
        var bestScore = 0;
        var previous = -1.0;
        foreach (var k in candidates)
        {
            var x = from + (Step * k);
            if (k == previous || x > to)
            {
                continue;
            }

            previous = k;
            var left = CountAtMost(rights, x);
            var right = lines.Count - CountBelow(lefts, x);
            var crossing = lines.Count - left - right;
            var score = Math.Min(left, right) - crossing;
            if (left >= MinColumnLines && right >= MinColumnLines && score > bestScore)
            {
                bestScore = score;
                best = x;
            }
        }

        return best;
    }

    // How many of the sorted values are at most x.
    private static int CountAtMost(double[] sorted, double x) => CountBefore(sorted, x, inclusive: true);

    // How many of the sorted values are below x.
    private static int CountBelow(double[] sorted, double x) => CountBefore(sorted, x, inclusive: false);

    // One binary search for both: the first index whose value is above x (or at least x, when not inclusive).
    private static int CountBefore(double[] sorted, double x, bool inclusive)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < x || (inclusive && sorted[middle] == x))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
