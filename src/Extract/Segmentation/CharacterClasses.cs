namespace Extract.Segmentation;

/// <summary>The character classes of jieba's tokenizer. They are narrower than <see cref="Documents.Scripts"/> on
/// purpose: jieba's results depend on exactly these ranges.</summary>
internal static class CharacterClasses
{
    /// <summary>A Han character as jieba sees it: U+4E00 to U+9FD5 (the URO as of Unicode 8).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>A character of the runs jieba cuts with its dictionary: Han, ASCII letters and digits, and
    /// <c>+ # &amp; . _ % -</c>. Everything else is cut one character at a time.</summary>
    public static bool IsWordCharacter(char c) =>
        IsHan(c) || IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';

    /// <summary>An ASCII letter or digit.</summary>
    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>White space as Python's <c>str.isspace</c> defines it (which, unlike <see cref="char.IsWhiteSpace(char)"/>,
    /// includes the separators U+001C to U+001F).</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
