namespace Extract.Quantities;

/// <summary>A run of digits read as one number: <c>3,200</c>, <c>3 200</c>, <c>17.36</c>, <c>１７．３６</c>.</summary>
/// <param name="Value">The value, exact.</param>
/// <param name="End">The offset just past the last character read.</param>
/// <param name="IntegerDigits">How many digits the integer part has.</param>
/// <param name="FractionDigits">How many digits follow the decimal point.</param>
/// <param name="Grouped">Whether thousands separators were read.</param>
internal readonly record struct DigitNumber(decimal Value, int End, int IntegerDigits, int FractionDigits, bool Grouped)
{
    // decimal holds 28 significant digits; longer runs are codes or noise, never quantities.
    private const int MaxDigits = 27;

    /// <summary>The place value of the last digit written (0.01 for 17.36, 1 for 450,000).</summary>
    public decimal Precision => Decimals.PowerOfTen(-FractionDigits);

    /// <summary>Whether the number is a plain integer without separators of exactly <paramref name="digits"/> digits.</summary>
    public bool IsPlain(int digits) => IntegerDigits == digits && FractionDigits == 0 && !Grouped;

    /// <summary>Whether the number could be a calendar year (a plain four-digit integer from 1000 to 2999).</summary>
    public bool IsYearLike => IsPlain(4) && Value is >= 1000 and <= 2999;

    /// <summary>Whether <paramref name="c"/> is a digit, half- or full-width.</summary>
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>The digit's value.</summary>
    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    /// <summary>The value of a short run of ASCII or full-width digits (a date's year, month or day).</summary>
    public static int ValueOf(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + DigitValue(c);
        }

        return value;
    }

    /// <summary>What both scanners do first at a digit: a numeric date there (<c>2024-04-25</c>) is added to the
    /// result as a date and false returned, with <paramref name="end"/> after it; otherwise the number is read.</summary>
    public static bool TryReadUnlessDate(ScanResult result, int start, out DigitNumber number, out int end)
    {
        if (NumericDate.TryRead(result.Text, start, out var date, out end))
        {
            result.Add(start, end, date, 1, new Unit.Date(), NumberForm.Digits);
            number = default;
            return false;
        }

        return TryRead(result.Text, start, ref result.Steps, out number, out end);
    }

    /// <summary>Reads the number starting at <paramref name="start"/> (a digit). Returns <see langword="false"/> when
    /// the run is too long to be a quantity; <paramref name="end"/> then points past the whole run, so that the caller
    /// skips it in one step.</summary>
    public static bool TryRead(string text, int start, ref long steps, out DigitNumber number, out int end)
    {
        var i = start;
        var digits = 0;
        decimal mantissa = 0;
        var tooLong = false;
        i = ReadRun(text, i, ref mantissa, ref digits, ref tooLong, ref steps);
        var integerDigits = i - start;
        var grouped = false;

        // Thousands separators: a first group of at most three digits, then groups of exactly three, all with the same
        // separator. A separator not followed by exactly three digits ends the number before it.
        if (integerDigits <= 3 && i < text.Length && IsGroupSeparator(text[i]))
        {
            var separator = text[i];
            while (i < text.Length && text[i] == separator && IsGroupOfThree(text, i + 1))
            {
                steps++;
                i = ReadRun(text, i + 1, ref mantissa, ref digits, ref tooLong, ref steps);
                integerDigits += 3;
                grouped = true;
            }
        }

        var fractionDigits = 0;
        if (i + 1 < text.Length && text[i] is '.' or '．' && IsDigit(text[i + 1]))
        {
            var fractionStart = i + 1;
            i = ReadRun(text, fractionStart, ref mantissa, ref digits, ref tooLong, ref steps);
            fractionDigits = i - fractionStart;
        }

        end = i;
        if (tooLong || fractionDigits > MaxDigits)
        {
            number = default;
            return false;
        }

        number = new DigitNumber(Decimals.Normalize(mantissa * Decimals.PowerOfTen(-fractionDigits)), i, integerDigits, fractionDigits, grouped);
        return true;
    }

    private static int ReadRun(string text, int i, ref decimal mantissa, ref int digits, ref bool tooLong, ref long steps)
    {
        while (i < text.Length && IsDigit(text[i]))
        {
            steps++;
            if (digits >= MaxDigits)
            {
                tooLong = true;
            }
            else
            {
                mantissa = (mantissa * 10) + DigitValue(text[i]);
                digits++;
            }

            i++;
        }

        return i;
    }

    private static bool IsGroupSeparator(char c) => c is ',' or ' ' or '\u00A0' or '\u202F' or '\u2009';

    private static bool IsGroupOfThree(string text, int i) =>
        i + 3 <= text.Length && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2])
        && (i + 3 == text.Length || !IsDigit(text[i + 3]));
}
