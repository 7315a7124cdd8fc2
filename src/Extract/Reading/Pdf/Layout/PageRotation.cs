
namespace Extract.Reading.Pdf.Layout;

/// <summary>Turns a page so that most of its text runs left to right: a landscape page drawn rotated (text running
/// up or down the page) reads like any other. Text running another way than most is left out.</summary>
internal static class PageRotation
{
    public static (List<TextGlyph> Glyphs, PageBox Box) Upright(List<TextGlyph> glyphs, PageBox box)
    {
        if (glyphs.Count == 0)
        {
            return (glyphs, box);
        }

        if (glyphs.TrueForAll(g => g.Direction == 0))
        {
            // Upright already, as nearly every page is: no copy.
            return (glyphs, box);
        }

        var direction = glyphs.GroupBy(g => g.Direction).MaxBy(g => g.Sum(x => x.Text.Length))!.Key;
        var upright = new List<TextGlyph>(glyphs.Count);
        foreach (var g in glyphs)
        {
            if (g.Direction != direction)
            {
                continue;
            }

            var (x, y) = Turn(g.X, g.Y, direction);
            upright.Add(g with { X = x, Y = y, Direction = 0 });
        }

        var (left, bottom) = Turn(box.Left, box.Bottom, direction);
        var (right, top) = Turn(box.Right, box.Top, direction);
        return (upright, new PageBox(Math.Min(left, right), Math.Min(bottom, top), Math.Max(left, right), Math.Max(bottom, top)));
    }

    // Quarter turns clockwise, undoing the text's counterclockwise ones.
    private static (double X, double Y) Turn(double x, double y, int quarterTurns) => quarterTurns switch
    {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    };
}
