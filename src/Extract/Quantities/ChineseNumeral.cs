namespace Extract.Quantities;

/// <summary>A number written in Chinese numerals: 三千五百, 二十二, 一百零五, 两万, 廿, 三点五, 二〇一九 (digit by digit).</summary>
/// <param name="Value">The value, exact.</param>
/// <param name="Precision">The place value of the last digit written (100 for 三千五百, 0.1 for 三点五).</param>
/// <param name="DigitByDigit">Whether it was written digit by digit, without place words (二〇一九).</param>
/// <param name="Juxtaposed">Whether two digits stand side by side after a place word (十四五): an abbreviation of a
/// name, not a number.</param>
internal readonly record struct ChineseNumeral(decimal Value, decimal Precision, bool DigitByDigit, bool Juxtaposed)
{
    // Longer runs of numerals are not numbers a report would quote.
    private const int MaxLength = 24;

    /// <summary>Whether <paramref name="c"/> is a Chinese numeral or place word.</summary>
    public static bool IsNumeral(char c) => DigitOf(c) >= 0 || PlaceOf(c) > 0;

    /// <summary>Whether <paramref name="c"/> is a Chinese digit (零 〇 一 … 九, 两).</summary>
    public static bool IsDigit(char c) => DigitOf(c) >= 0;

    /// <summary>The digit's value, or -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        '零' or '〇' or '○' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The run of numerals starting at <paramref name="start"/>: place words, digits and a 点 between digits.</summary>
    public static int RunEnd(string text, int start, ref long steps)
    {
        var i = start;
        while (i < text.Length)
        {
            steps++;
            var c = text[i];
            if (IsNumeral(c) || c == '廿')
            {
                i++;
            }
            else if (c == '点' && i > start && i + 1 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i - 1]))
            {
                i++;
            }
            else if (c is 'O' or 'o' or '○' && i > start && i + 1 < text.Length && IsDigit(text[i + 1]) && IsDigit(text[i - 1]))
            {
                i++; // 六O二: a letter O or a circle typed for 〇
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Reads <paramref name="run"/> (as found by <see cref="RunEnd"/>); <see langword="false"/> when it is not a
    /// well-formed number.</summary>
    public static bool TryParse(ReadOnlySpan<char> run, out ChineseNumeral numeral)
    {
        numeral = default;
        if (run.IsEmpty || run.Length > MaxLength)
        {
            return false;
        }

        var point = run.IndexOf('点');
        var integer = point >= 0 ? run[..point] : run;
        if (!TryParseInteger(integer, out var value, out var byDigit, out var juxtaposed))
        {
            return false;
        }

        if (point < 0)
        {
            var precision = byDigit ? 1 : Decimals.TrailingZerosPlace(value);
            numeral = new ChineseNumeral(value, precision, byDigit, juxtaposed);
            return true;
        }

        decimal fraction = 0;
        var places = 0;
        foreach (var c in run[(point + 1)..])
        {
            var d = DigitOf(c);
            if (d < 0)
            {
                return false;
            }

            places++;
            fraction += d * Decimals.PowerOfTen(-places);
        }

        numeral = new ChineseNumeral(Decimals.Normalize(value + fraction), Decimals.PowerOfTen(-places), false, false);
        return true;
    }

    private static int PlaceOf(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10000,
        '亿' => 100000000,
        _ => 0,
    };

    // A run beyond what a decimal holds (一亿亿亿亿, thirty numerals digit by digit) is no number.
    private static bool TryParseInteger(ReadOnlySpan<char> run, out decimal value, out bool byDigit, out bool juxtaposed)
    {
        try
        {
            return TryParseIntegerUnchecked(run, out value, out byDigit, out juxtaposed);
        }
        catch (OverflowException)
        {
            (value, byDigit, juxtaposed) = (0, false, false);
            return false;
        }
    }

    private static bool TryParseIntegerUnchecked(ReadOnlySpan<char> run, out decimal value, out bool byDigit, out bool juxtaposed)
    {
        value = 0;
        byDigit = false;
        juxtaposed = false;
        var hasPlace = false;
        foreach (var c in run)
        {
            if (PlaceOf(c) > 0 || c == '廿')
            {
                hasPlace = true;
            }
        }

        if (!hasPlace)
        {
            // 二〇一九: digit by digit. A single digit is just that digit.
            foreach (var c in run)
            {
                value = (value * 10) + DigitOf(c);
            }

            byDigit = run.Length > 1;
            return true;
        }

        decimal total = 0, section = 0;
        var number = -1; // the digit waiting for its place word; -1 when none
        var lastPlace = 0; // the place word just read, for 三千五 (= 3500)
        var afterZero = false;
        foreach (var c in run)
        {
            var digit = DigitOf(c);
            if (digit == 0)
            {
                afterZero = true;
                lastPlace = 0;
                continue;
            }

            if (digit > 0)
            {
                if (number >= 0)
                {
                    // 十四五: a digit right after another digit.
                    juxtaposed = true;
                    section += number;
                    number = -1;
                    break;
                }

                number = digit;
                continue;
            }

            if (c == '廿')
            {
                section += 20;
                number = -1;
                lastPlace = 10;
                continue;
            }

            var place = PlaceOf(c);
            if (place < 10000)
            {
                section += (number < 0 ? 1 : number) * place;
                number = -1;
                lastPlace = place;
            }
            else if (place == 10000)
            {
                var part = section + Math.Max(number, 0);
                total = part == 0 ? (total > 0 ? total * place : place) : total + (part * place);
                section = 0;
                number = -1;
                lastPlace = place;
            }
            else
            {
                total = (total + section + Math.Max(number, 0)) * place;
                if (total == 0)
                {
                    total = place;
                }

                section = 0;
                number = -1;
                lastPlace = place;
            }

            afterZero = false;
        }

        if (number > 0)
        {
            // 三千五 = 3500, 一百五 = 150 (but 一百零五 = 105).
            section += lastPlace >= 100 && !afterZero ? number * (lastPlace / 10) : number;
        }

        value = total + section;
        return value > 0 || juxtaposed;
    }
}
