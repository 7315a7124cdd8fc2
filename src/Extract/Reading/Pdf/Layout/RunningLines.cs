using System.Text;

namespace Extract.Reading.Pdf.Layout;

/// <summary>Finds and removes running headers, footers and page numbers: lines in the top or bottom margin that
/// repeat across pages (digits aside), and margin lines that are nothing but a page number (<c>— 1 —</c>, <c>12</c>,
/// <c>第 3 页</c>, <c>Page 3</c>).</summary>
internal static class RunningLines
{
    // The share of the page height, at top and bottom, where running lines are printed.
    private const double MarginShare = 0.1;

    public static void Remove(List<PageText> pages, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var line in page.Lines.Where(l => InMargin(l, page)))
            {
                var key = Key(line.Text);
                if (!counts.TryGetValue(key, out var seen))
                {
                    seen = [];
                    counts[key] = seen;
                }

                seen.Add(page.Number);
            }
        }

        var minimum = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.2));
        foreach (var page in pages)
        {
            page.Lines.RemoveAll(l => InMargin(l, page) && (IsPageNumber(l.Text) || counts[Key(l.Text)].Count >= minimum));
        }
    }

    private static bool InMargin(TextLine line, PageText page) =>
        line.Y > page.Box.Top - (MarginShare * page.Box.Height) || line.Y < page.Box.Bottom + (MarginShare * page.Box.Height);

    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '#')
                {
                    key.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    internal static bool IsPageNumber(string text)
    {
        var t = text.Trim();
        foreach (var prefix in new[] { "Page ", "page ", "第", "- ", "— ", "– " })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
            }
        }

        t = t.Trim().Trim('—', '–', '-', '−', '·', '页', ' ', '|');
        if (t.Contains('/', StringComparison.Ordinal))
        {
            // "3 / 12"
            t = t.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("/", string.Empty, StringComparison.Ordinal);
        }

        return t.Length is > 0 and <= 4 && (t.All(char.IsAsciiDigit) || t.All(c => "ivxlcIVXLC".Contains(c, StringComparison.Ordinal)));
    }
}
