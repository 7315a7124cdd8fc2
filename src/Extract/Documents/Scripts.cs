namespace Extract.Documents;

/// <summary>Character classes the readers and recognizers share.</summary>
internal static class Scripts
{
    /// <summary>A Han ideograph (CJK Unified Ideographs and Extension A, compatibility ideographs, and 〇).</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    /// <summary>A Latin letter, plain or accented.</summary>
    public static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c));

    /// <summary>CJK punctuation (、。「」《》 …) and full-width forms (，％１Ａ …).</summary>
    public static bool IsCjkPunctuationOrFullWidth(char c) =>
        c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or '\u2014' or '\u2026' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00B7';

    /// <summary>Punctuation that ends a sentence in either language, full-width or not.</summary>
    public static bool IsSentenceFinal(char c) => c is '。' or '！' or '？' or '!' or '?' or '.' or '；' or ';' or '…';

    /// <summary>Closing quotes and brackets that may follow the end of a sentence.</summary>
    public static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '」' or '』' or ')' or '）' or '】' or '》' or ']';
}
