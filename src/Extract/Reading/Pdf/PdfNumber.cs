namespace Extract.Reading.Pdf;

/// <summary>An integer or real number. Geometry, not text: the numbers a user reads come from the extracted text.</summary>
internal sealed class PdfNumber(double value, bool isInteger) : PdfObject
{
    public double Value { get; } = value;

    public bool IsInteger { get; } = isInteger;

    /// <summary>The value as an integer, clamped to the range of <see cref="int"/>.</summary>
    public int IntValue => Value >= int.MaxValue ? int.MaxValue : Value <= int.MinValue ? int.MinValue : (int)Value;
}
