using System.Text;
using Extract.Documents;

namespace Extract.Reading.Pdf.Layout;

/// <summary>Turns the pages' lines into the document's blocks: paragraphs from line spacing, indentation, short last
/// lines and font changes, continued across column and page breaks; tables as rows of cells (a table that runs onto
/// the next page, repeating its header row, stays one table); headings hinted from their font size.</summary>
internal static class PageComposer
{
    public static Document Compose(List<PageText> pages, string sourcePath, CancellationToken cancellationToken)
    {
        var ordered = new List<(PlacedLine? Line, TableRegion? Table)>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (lines, tables) = ReadingOrder.Order(page, cancellationToken);
            var t = 0;
            foreach (var line in lines)
            {
                while (t < tables.Count && tables[t].Top > line.Line.Y && line.Column.Side == 0)
                {
                    ordered.Add((null, tables[t++]));
                }

                ordered.Add((line, null));
            }

            while (t < tables.Count)
            {
                ordered.Add((null, tables[t++]));
            }
        }

        var all = ordered.Where(o => o.Line is not null).Select(o => o.Line!).ToList();
        var bodySize = all.Count == 0 ? 10 : all.GroupBy(p => p.Line.Size).MaxBy(g => g.Sum(p => p.Line.Text.Length))!.Key;
        var columns = ColumnEdges(all);
        var pitches = Pitches(all);
        var source = new StringBuilder();
        // The source (the text as extracted, block by block) is written first; the builder maps into it.
        var additions = new List<Action<DocumentBuilder>>();
        var blocks = new List<PendingBlock>();
        PendingBlock? current = null;
        foreach (var (placed, table) in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (table is not null)
            {
                current = null;
                if (blocks.Count > 0 && blocks[^1].Table is { } previous && previous.Rows[0].Count == table.Rows[0].Count)
                {
                    // A table continued on the next page repeats its header row.
                    var rows = table.Rows.SkipWhile((r, i) => i == 0 && r.SequenceEqual(previous.Rows[0]));
                    previous.Rows.AddRange(rows);
                }
                else
                {
                    blocks.Add(new PendingBlock([], table with { Rows = [.. table.Rows] }, table.Page));
                }

                continue;
            }

            var line = placed!;
            if (current is not null && Continues(current.Lines[^1], line, columns, pitches, bodySize))
            {
                current.Lines.Add(line);
            }
            else
            {
                current = new PendingBlock([line], null, line.Line.Page);
                blocks.Add(current);
            }
        }

        foreach (var block in blocks)
        {
            if (block.Table is { } table)
            {
                var rows = new List<IReadOnlyList<SourceLine>>();
                foreach (var row in table.Rows)
                {
                    var cells = new List<SourceLine>();
                    foreach (var cell in row)
                    {
                        if (cells.Count > 0)
                        {
                            source.Append('\t');
                        }

                        cells.Add(new SourceLine(cell, source.Length));
                        source.Append(cell);
                    }

                    source.Append('\n');
                    rows.Add(cells);
                }

                additions.Add(b => b.AddTable(rows, headerRows: 0, page: block.Page));
            }
            else
            {
                var lines = new List<SourceLine>();
                foreach (var l in block.Lines)
                {
                    var text = l.Line.Text;
                    if (lines.Count > 0 && EndsInNumberRange(lines[^1].Text) && char.IsAsciiDigit(text[0]))
                    {
                        // "2019-" at a line end and "2020" on the next are one range: the builder would part them.
                        source.Length--;
                        lines[^1] = lines[^1] with { Text = lines[^1].Text + text };
                    }
                    else
                    {
                        lines.Add(new SourceLine(text, source.Length));
                    }

                    source.Append(text).Append('\n');
                }

                var first = block.Lines[0].Line;
                var hint = first.Size >= bodySize * 1.15 && block.Lines.All(l => l.Line.IsBold) ? BlockHint.Heading : BlockHint.Auto;
                additions.Add(b => b.AddBlock(lines, hint, block.Page));
            }

            source.Append('\n');
        }

        var builder = new DocumentBuilder(sourcePath, DocumentFormat.Pdf, source.ToString(), joinPageFragments: true);
        foreach (var add in additions)
        {
            add(builder);
        }

        return builder.Build();
    }

    private static bool EndsInNumberRange(string text) =>
        text.Length >= 2 && text[^1] is '-' or '–' && char.IsAsciiDigit(text[^2]);

    private static bool Continues(PlacedLine previous, PlacedLine next, Dictionary<(int, int, int), (double Left, double Right)> columns, Dictionary<double, double> pitches, double bodySize)
    {
        var a = previous.Line;
        var b = next.Line;
        if (Math.Abs(a.Size - b.Size) > 0.6 || a.IsBold != b.IsBold)
        {
            return false;
        }

        var size = b.Size;
        var headingLike = size >= bodySize * 1.15;
        var (aLeft, aRight) = columns[(a.Page, previous.Column.Band, previous.Column.Side)];
        var (bLeft, _) = columns[(b.Page, next.Column.Band, next.Column.Side)];
        if (headingLike && a.Page == b.Page)
        {
            // The lines of a heading are set solid, whatever columns they cross; lines of a cover stand apart.
            var headingGap = a.Y - b.Y;
            return headingGap > 0 && headingGap <= 1.45 * size;
        }

        var sameFlow = a.Page == b.Page && previous.Column == next.Column;
        if (sameFlow)
        {
            var gap = a.Y - b.Y;
            var pitch = pitches.GetValueOrDefault(Math.Round(size, 1), 1.2 * size);
            if (gap <= 0 || gap > pitch * 1.3)
            {
                return false;
            }

        }
        else if (headingLike)
        {
            return false;
        }

        var previousFull = a.Right >= aRight - (1.5 * size);
        var indented = b.Left > bLeft + (0.8 * size);
        return previousFull && !indented;
    }

    // The left and right edges of each column's text: where its lines usually start and end. A column of a few
    // lines (a cover, a lone heading) has no edges of its own and takes the widest column's.
    private static Dictionary<(int, int, int), (double Left, double Right)> ColumnEdges(List<PlacedLine> lines)
    {
        var edges = new Dictionary<(int, int, int), (double, double)>();
        var groups = lines.GroupBy(l => (l.Line.Page, l.Column.Band, l.Column.Side)).ToList();
        var full = groups.Where(g => g.Count() >= 6).Select(Edges).DefaultIfEmpty((Left: 0.0, Right: 0.0)).MaxBy(e => e.Right - e.Left);
        foreach (var group in groups)
        {
            edges[group.Key] = group.Count() >= 6 || full.Right <= full.Left ? Edges(group) : full;
        }

        return edges;
    }

    private static (double Left, double Right) Edges(IEnumerable<PlacedLine> group)
    {
        var lefts = group.Select(l => l.Line.Left).Order().ToList();
        var rights = group.Select(l => l.Line.Right).Order().ToList();
        return (lefts[0], rights[(int)(rights.Count * 0.75)]);
    }

    // The usual distance between consecutive lines of each font size: paragraph breaks are wider.
    private static Dictionary<double, double> Pitches(List<PlacedLine> lines)
    {
        var gaps = new Dictionary<double, List<double>>();
        for (var i = 1; i < lines.Count; i++)
        {
            var a = lines[i - 1];
            var b = lines[i];
            if (a.Line.Page != b.Line.Page || a.Column != b.Column || Math.Abs(a.Line.Size - b.Line.Size) > 0.1)
            {
                continue;
            }

            var gap = a.Line.Y - b.Line.Y;
            if (gap > 0.9 * b.Line.Size && gap < 2.5 * b.Line.Size)
            {
                var key = Math.Round(b.Line.Size, 1);
                if (!gaps.TryGetValue(key, out var list))
                {
                    list = [];
                    gaps[key] = list;
                }

                list.Add(Math.Round(gap * 2) / 2);
            }
        }

        return gaps.ToDictionary(g => g.Key, g => g.Value.GroupBy(v => v).MaxBy(v => v.Count())!.Key);
    }

    private sealed record PendingBlock(List<PlacedLine> Lines, TableRegion? Table, int Page);
}
