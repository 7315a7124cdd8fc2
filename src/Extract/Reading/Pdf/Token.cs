namespace Extract.Reading.Pdf;

/// <summary>A token: its kind and where it lies in the input (for strings and names, the raw bytes between the
/// delimiters; <see cref="Lexer"/> decodes them).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, double Number)
{
    public bool IsKeyword(ReadOnlySpan<byte> data, ReadOnlySpan<byte> keyword) =>
        Kind == TokenKind.Keyword && data[Start..End].SequenceEqual(keyword);
}
