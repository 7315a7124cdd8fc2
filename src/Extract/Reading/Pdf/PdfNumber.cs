namespace Extract.Reading.Pdf;

/// <summary>An integer or real number of the file, exact as written.</summary>
/// <remarks>These are operands (coordinates, widths, matrices, counts), not figures of the document: the numbers a
/// user reads come from the extracted text. Layout arithmetic takes them as <see cref="Real"/>.</remarks>
internal sealed class PdfNumber(decimal value, bool isInteger) : PdfObject
{
    /// <summary>The value as written.</summary>
    public decimal Value { get; } = value;

    public bool IsInteger { get; } = isInteger;

    /// <summary>The value for layout arithmetic (positions, font sizes, glyph widths, matrices).</summary>
    public double Real => (double)Value;

    /// <summary>The value as an integer, clamped to the range of <see cref="int"/>.</summary>
    public int IntValue => ClampToInt(Value);

    /// <summary>The value as a 32-bit pattern: a permission word written unsigned (4294963392) or signed (-3904).</summary>
    public int Bits => unchecked((int)ClampToLong(Value));

    internal static long ClampToLong(decimal value) => value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)value;

    internal static int ClampToInt(decimal value) => value >= int.MaxValue ? int.MaxValue : value <= int.MinValue ? int.MinValue : (int)value;
}
