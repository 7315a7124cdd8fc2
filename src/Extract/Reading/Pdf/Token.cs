namespace Extract.Reading.Pdf;

/// <summary>A token: its kind and where it lies in the input (for strings and names, the raw bytes between the
/// delimiters; <see cref="Lexer"/> decodes them), and for a number its exact value.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, decimal Number)
{
    /// <summary>The number as an integer, clamped to the range of <see cref="int"/> (object numbers, offsets in
    /// small files, counts): a damaged file may write any digits there.</summary>
    public int IntNumber => PdfNumber.ClampToInt(Number);

    /// <summary>The number as a long, clamped to its range (file offsets).</summary>
    public long LongNumber => PdfNumber.ClampToLong(Number);

    public bool IsKeyword(ReadOnlySpan<byte> data, ReadOnlySpan<byte> keyword) =>
        Kind == TokenKind.Keyword && data[Start..End].SequenceEqual(keyword);
}
