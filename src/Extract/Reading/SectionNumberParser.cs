using Extract.Documents;

namespace Extract.Reading;

/// <summary>Reads the numbering at the start of a heading: <c>一、</c>, <c>（二）</c>, <c>III.</c>, <c>3.</c>.</summary>
internal static class SectionNumberParser
{
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    public static SectionNumber? Parse(string text)
    {
        return ParseChinese(text) ?? ParseParenthesizedChinese(text) ?? ParseRoman(text) ?? ParseArabic(text);
    }

    /// <summary>The value of a Chinese numeral from 1 to 99 (一 … 九十九), or 0.</summary>
    public static int ChineseNumeralValue(ReadOnlySpan<char> numeral)
    {
        static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c);

        switch (numeral.Length)
        {
            case 1 when numeral[0] == '十':
                return 10;
            case 1:
                return Math.Max(0, Digit(numeral[0]));
            case 2 when numeral[0] == '十':
                return Digit(numeral[1]) > 0 ? 10 + Digit(numeral[1]) : 0;
            case 2 when numeral[1] == '十':
                return Digit(numeral[0]) > 1 ? Digit(numeral[0]) * 10 : 0;
            case 3 when numeral[1] == '十':
                return Digit(numeral[0]) > 1 && Digit(numeral[2]) > 0 ? Digit(numeral[0]) * 10 + Digit(numeral[2]) : 0;
            default:
                return 0;
        }
    }

    private static SectionNumber? ParseChinese(string text)
    {
        var end = CountChineseNumeral(text, 0);
        if (end == 0 || end >= text.Length || text[end] != '、')
        {
            return null;
        }

        var value = ChineseNumeralValue(text.AsSpan(0, end));
        return value > 0 ? new SectionNumber(text[..(end + 1)], value, NumberingStyle.ChineseNumeral) : null;
    }

    private static SectionNumber? ParseParenthesizedChinese(string text)
    {
        if (text.Length < 3 || text[0] is not ('（' or '('))
        {
            return null;
        }

        var end = 1 + CountChineseNumeral(text, 1);
        if (end == 1 || end >= text.Length || text[end] is not ('）' or ')'))
        {
            return null;
        }

        var value = ChineseNumeralValue(text.AsSpan(1, end - 1));
        return value > 0 ? new SectionNumber(text[..(end + 1)], value, NumberingStyle.ParenthesizedChineseNumeral) : null;
    }

    private static SectionNumber? ParseRoman(string text)
    {
        var end = 0;
        while (end < text.Length && text[end] is 'I' or 'V' or 'X')
        {
            end++;
        }

        // "I.Improvement" (no space) and "II. Progress" both occur; "I am" does not qualify.
        if (end == 0 || end >= text.Length - 1 || text[end] != '.')
        {
            return null;
        }

        var next = end + 1 < text.Length && text[end + 1] == ' ' ? end + 2 : end + 1;
        if (next >= text.Length || !char.IsUpper(text[next]))
        {
            return null;
        }

        var index = Array.IndexOf(Romans, text[..end]);
        return index < 0 ? null : new SectionNumber(text[..(end + 1)], index + 1, NumberingStyle.Roman);
    }

    private static SectionNumber? ParseArabic(string text)
    {
        var end = 0;
        while (end < text.Length && end < 3 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == 0 || end >= text.Length - 1 || text[end] is not ('.' or '、') || char.IsAsciiDigit(text[end + 1]))
        {
            return null;
        }

        var value = int.Parse(text.AsSpan(0, end), System.Globalization.CultureInfo.InvariantCulture);
        return value > 0 ? new SectionNumber(text[..(end + 1)], value, NumberingStyle.Arabic) : null;
    }

    private static int CountChineseNumeral(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 3 && "一二三四五六七八九十".Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i - start;
    }
}
