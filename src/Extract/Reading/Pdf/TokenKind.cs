namespace Extract.Reading.Pdf;

/// <summary>The kinds of token in PDF syntax (7.2), content streams and CMaps.</summary>
internal enum TokenKind
{
    EndOfInput,
    Integer,
    Real,
    LiteralString,
    HexString,
    Name,
    Keyword,
    ArrayOpen,
    ArrayClose,
    DictionaryOpen,
    DictionaryClose,
}
