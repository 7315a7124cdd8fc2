namespace Extract.Reading.Pdf.Layout;

/// <summary>A run of text on one baseline with no wide gap in it: a line of a paragraph, a column's line, or a table
/// cell's line.</summary>
/// <param name="Text">The text, with spaces where the gaps between glyphs are word gaps.</param>
/// <param name="Left">Left edge (points).</param>
/// <param name="Right">Right edge (points).</param>
/// <param name="Y">Baseline (points, upwards).</param>
/// <param name="Size">The font size most of its text is in.</param>
/// <param name="IsBold">Whether most of its text is bold.</param>
/// <param name="Page">The one-based page.</param>
internal sealed record TextLine(string Text, double Left, double Right, double Y, double Size, bool IsBold, int Page)
{
    public double Center => (Left + Right) / 2;
}
