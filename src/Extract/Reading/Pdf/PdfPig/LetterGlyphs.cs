using System.Text;
using Extract.Reading.Pdf.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Turns PdfPig's letters into the layout stage's glyphs: text repaired (radicals, ligatures, lone
/// surrogates), the way the text runs from the letter's baseline, and what the text-layer checks need to count.</summary>
internal static class LetterGlyphs
{
    /// <summary>The glyphs of a page's letters, in content order, written into <paramref name="glyphs"/> (cleared
    /// first: one list serves every page, so that pages of thousands of glyphs do not each take a new array on the
    /// large-object heap), and how many letters were drawn and undecodable.</summary>
    public static (List<TextGlyph> Glyphs, int Codes, int Unusable) Convert(IReadOnlyList<Letter> letters, FontVerdicts fonts, List<TextGlyph> glyphs)
    {
        glyphs.Clear();
        var faces = new Dictionary<UglyToad.PdfPig.PdfFonts.FontDetails, Face>(ReferenceEqualityComparer.Instance);
        int codes = 0, unusable = 0;
        var actualText = -1;
        foreach (var letter in letters)
        {
            if (letter.RenderingMode == TextRenderingMode.NeitherClip)
            {
                // Text that only clips draws nothing.
                continue;
            }

            var text = Sanitize(letter.Value);
            var face = FaceOf(letter, fonts, faces);
            if (string.IsNullOrEmpty(text) && actualText >= 0 && Glyph(letter, " ", face) is { } covered && covered.Direction == glyphs[actualText].Direction)
            {
                // The rest of a span replaced by its /ActualText, which PdfPig puts on the span's first letter: the
                // replacement stretches over the span's extent.
                var first = glyphs[actualText];
                glyphs[actualText] = first with { Width = Math.Max(first.Width, covered.Right - first.X) };
                continue;
            }

            codes++;
            actualText = -1;
            if (!Usable(text) || face.Undecodable)
            {
                unusable++;
                continue;
            }

            if (Glyph(letter, UnicodeFixes.Apply(text!), face) is { } glyph)
            {
                glyphs.Add(glyph);
                actualText = text!.Length > 1 ? glyphs.Count - 1 : -1;
            }
        }

        return (glyphs, codes, unusable);
    }

    // What the letters of one font share, looked up once per font rather than per letter.
    private static Face FaceOf(Letter letter, FontVerdicts fonts, Dictionary<UglyToad.PdfPig.PdfFonts.FontDetails, Face> faces)
    {
        var details = letter.FontDetails;
        if (details is not null && faces.TryGetValue(details, out var known))
        {
            return known;
        }

        var name = letter.FontName ?? string.Empty;
        var face = new Face(
            fonts.IsUndecodable(details?.FontDictionaryReference),
            name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase),
            letter.GetFont()?.IsVertical == true);
        if (details is not null)
        {
            faces[details] = face;
        }

        return face;
    }

    private static TextGlyph? Glyph(Letter letter, string text, Face face)
    {
        var start = letter.StartBaseLine;
        var end = letter.EndBaseLine;
        var dx = end.X - start.X;
        var dy = end.Y - start.Y;
        var advance = Math.Sqrt((dx * dx) + (dy * dy));
        var size = letter.PointSize;
        if (!(size > 0) || !double.IsFinite(start.X) || !double.IsFinite(start.Y) || !double.IsFinite(advance))
        {
            return null;
        }

        // Text runs along one of the page's axes; skewed text (a stamp, a chart label at an angle) is left out.
        int direction;
        if (advance > 1e-6 * size)
        {
            direction = Math.Abs(dy) <= 0.1 * Math.Abs(dx) ? (dx >= 0 ? 0 : 2)
                : Math.Abs(dx) <= 0.1 * Math.Abs(dy) ? (dy > 0 ? 1 : 3)
                : -1;
        }
        else
        {
            direction = letter.TextOrientation switch
            {
                TextOrientation.Horizontal => 0,
                TextOrientation.Rotate270 => 1,
                TextOrientation.Rotate180 => 2,
                TextOrientation.Rotate90 => 3,
                _ => -1,
            };
        }

        if (direction < 0)
        {
            return null;
        }

        var bold = face.IsBold;
        if (face.IsVertical)
        {
            // Vertical writing: PdfPig gives each glyph an upright baseline, a full em down the column, columns from
            // right to left; read as text turned a quarter clockwise, so that columns become lines.
            return new TextGlyph(text, start.X, start.Y, size, size, bold, (direction + 3) % 4);
        }

        return new TextGlyph(text, start.X, start.Y, advance, size, bold, direction);
    }

    /// <summary>The text with lone surrogates (a ToUnicode map pointing into the middle of a pair) removed.</summary>
    internal static string? Sanitize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var lone = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                lone = true;
                break;
            }
        }

        if (!lone)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    // Text that is missing, a control character or private use is no text at all.
    private static bool Usable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not '\t' and not '\n' and not '\r') || c is (>= '\uE000' and <= '\uF8FF') or '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Face(bool Undecodable, bool IsBold, bool IsVertical);
}
