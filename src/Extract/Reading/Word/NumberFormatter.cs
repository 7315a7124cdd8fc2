using System.Globalization;
using System.Text;

namespace Extract.Reading.Word;

/// <summary>Writes a list counter in a Word number format (<c>w:numFmt</c>): <c>chineseCounting</c> 三,
/// <c>upperRoman</c> III, <c>decimalEnclosedCircle</c> ③, …</summary>
internal static class NumberFormatter
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>The counter as the format writes it; <see langword="null"/> for bullets and <c>none</c>.</summary>
    public static string? Format(int value, string? format) => format switch
    {
        "bullet" or "none" => null,
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "decimalEnclosedParen" when value is >= 1 and <= 20 => ((char)('⑴' + value - 1)).ToString(),
        "decimalEnclosedFullstop" when value is >= 1 and <= 20 => ((char)('⒈' + value - 1)).ToString(),
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting" or "ideographDigital" => Chinese(value, ChineseDigits, "十百千"),
        "chineseLegalSimplified" => Chinese(value, LegalDigits, "拾佰仟"),
        "ideographTraditional" when value is >= 1 and <= 10 => HeavenlyStems[value - 1].ToString(),
        "ideographZodiac" when value is >= 1 and <= 12 => EarthlyBranches[value - 1].ToString(),
        "ordinal" => Ordinal(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var text = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                text.Append(symbols[i]);
                value -= values[i];
            }
        }

        return text.ToString();
    }

    // Word's letters repeat past Z: AA, BB, …
    private static string Letters(int value, char first)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string FullWidth(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < digits.Length; i++)
        {
            if (char.IsAsciiDigit(digits[i]))
            {
                digits[i] = (char)('０' + (digits[i] - '0'));
            }
        }

        return new string(digits);
    }

    private static string Ordinal(int value)
    {
        var suffix = (value % 100) is >= 11 and <= 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return value.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    // 1 一, 10 十, 11 十一, 20 二十, 105 一百零五, as Word counts in Chinese.
    private static string Chinese(int value, string digits, string units)
    {
        if (value is < 1 or > 9999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        var places = new[] { value / 1000, (value / 100) % 10, (value / 10) % 10, value % 10 };
        var pendingZero = false;
        for (var p = 0; p < 4; p++)
        {
            var digit = places[p];
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                // A gap inside the number reads 零 (一百零五), in both the common and the legal digits.
                text.Append('零');
                pendingZero = false;
            }

            // 十一, not 一十一, when ten is the highest place.
            var isLeadingTen = p == 2 && digit == 1 && text.Length == 0 && digits == ChineseDigits;
            if (!isLeadingTen)
            {
                text.Append(digits[digit]);
            }

            if (p < 3)
            {
                text.Append(units[2 - p]);
            }
        }

        return text.ToString();
    }
}
