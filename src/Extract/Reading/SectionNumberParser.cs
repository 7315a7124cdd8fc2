using Extract.Documents;

namespace Extract.Reading;

/// <summary>Reads the numbering at the start of a heading: <c>一、</c> to <c>九百九十九、</c>, <c>（二）</c>, <c>III.</c> to
/// <c>CCCXCIX.</c>, <c>3.</c>.</summary>
internal static class SectionNumberParser
{
    // Headings run to a few hundred sections at most; a larger Roman value is a name (M. Dupont), not a number.
    private const int MaxRoman = 399;

    public static SectionNumber? Parse(string text)
    {
        return ParseChinese(text) ?? ParseParenthesizedChinese(text) ?? ParseRoman(text) ?? ParseArabic(text);
    }

    /// <summary>The value of a Chinese numeral from 1 to 999 as headings write it (一, 十二, 二十, 一百零五, 一百一十),
    /// or 0 for anything else.</summary>
    public static int ChineseNumeralValue(ReadOnlySpan<char> numeral)
    {
        static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c);

        var value = 0;
        var i = 0;
        if (numeral.Length >= 2 && numeral[1] == '百')
        {
            if (Digit(numeral[0]) < 1)
            {
                return 0;
            }

            value = Digit(numeral[0]) * 100;
            i = 2;
            if (i < numeral.Length && numeral[i] is '零' or '〇')
            {
                // 一百零五: the zero stands for the missing tens and must be followed by a unit.
                i++;
                return i == numeral.Length - 1 && Digit(numeral[i]) > 0 ? value + Digit(numeral[i]) : 0;
            }
        }

        var rest = numeral[i..];
        var tens = rest.Length switch
        {
            0 => 0,
            1 when rest[0] == '十' => value > 0 ? 0 : 10,
            1 => Math.Max(0, Digit(rest[0])) is var unit and > 0 && value == 0 ? unit : -1,
            2 when rest[0] == '十' => value == 0 && Digit(rest[1]) > 0 ? 10 + Digit(rest[1]) : -1,
            2 when rest[1] == '十' => Digit(rest[0]) > (value > 0 ? 0 : 1) ? Digit(rest[0]) * 10 : -1,
            3 when rest[1] == '十' => Digit(rest[0]) > (value > 0 ? 0 : 1) && Digit(rest[2]) > 0 ? (Digit(rest[0]) * 10) + Digit(rest[2]) : -1,
            _ => -1,
        };
        return tens < 0 ? 0 : value + tens;
    }

    /// <summary>The value of a Roman numeral in its standard form (IV, not IIII), from 1 to 3999, or 0.</summary>
    public static int RomanValue(ReadOnlySpan<char> numeral)
    {
        static int Of(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };

        var value = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var here = Of(numeral[i]);
            if (here == 0)
            {
                return 0;
            }

            value += i + 1 < numeral.Length && Of(numeral[i + 1]) > here ? -here : here;
        }

        // Only the standard spelling counts, so that "IIII" or "VX" are not numbers.
        return value is > 0 and < 4000 && ToRoman(value).AsSpan().SequenceEqual(numeral) ? value : 0;
    }

    private static string ToRoman(int value)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] names = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var roman = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                roman.Append(names[i]);
                value -= values[i];
            }
        }

        return roman.ToString();
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
        while (end < text.Length && text[end] is 'I' or 'V' or 'X' or 'L' or 'C')
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

        // A lone C before a full stop is the third lettered item ("C. Proposals"), not section 100; lettered items
        // rarely reach L, the twelfth letter, while section L follows XLIX.
        var value = end == 1 && text[0] == 'C' ? 0 : RomanValue(text.AsSpan(0, end));
        return value is 0 or > MaxRoman ? null : new SectionNumber(text[..(end + 1)], value, NumberingStyle.Roman);
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
        while (i < text.Length && i - start < 6 && "〇一二三四五六七八九十百零".Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i - start;
    }
}
