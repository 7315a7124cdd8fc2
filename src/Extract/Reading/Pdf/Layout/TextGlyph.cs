namespace Extract.Reading.Pdf.Layout;

/// <summary>Text drawn on a page: one letter's text at its place in user space.</summary>
/// <param name="Text">The text.</param>
/// <param name="X">The left of the glyph's origin (points).</param>
/// <param name="Y">The baseline (points, upwards).</param>
/// <param name="Width">The advance along the baseline.</param>
/// <param name="Size">The font size in user space.</param>
/// <param name="IsBold">Whether the font's name says bold.</param>
/// <param name="Direction">Which way the text runs on the page, in quarter turns counterclockwise (0: left to right).</param>
internal readonly record struct TextGlyph(string Text, double X, double Y, double Width, double Size, bool IsBold, int Direction = 0)
{
    public double Right => X + Width;
}
