namespace Extract.Quantities;

/// <summary>A date written in digits with one separator throughout: 2024-04-25, 2024.04.25, 2024/4/25.</summary>
internal static class NumericDate
{
    /// <summary>Reads a date at <paramref name="start"/>; <paramref name="value"/> is <c>yyyyMMdd</c> as
    /// <see cref="Unit.Date"/> encodes it. Reads at most ten characters, so it costs constant work.</summary>
    public static bool TryRead(string text, int start, out int value, out int end)
    {
        value = 0;
        end = start;
        if (!TryDigits(text, start, 4, 4, out var year, out var i) || year is < 1900 or > 2100 || i >= text.Length)
        {
            return false;
        }

        var separator = text[i];
        if (separator is not ('-' or '.' or '/')
            || !TryDigits(text, i + 1, 1, 2, out var month, out i) || month is < 1 or > 12
            || i >= text.Length || text[i] != separator
            || !TryDigits(text, i + 1, 1, 2, out var day, out i) || day is < 1 or > 31)
        {
            return false;
        }

        // 2024.04.25.3 or 2024-04-25-7 is something else (a version, an identifier).
        if (i < text.Length && (DigitNumber.IsDigit(text[i]) || (text[i] == separator && i + 1 < text.Length && DigitNumber.IsDigit(text[i + 1]))))
        {
            return false;
        }

        value = (year * 10000) + (month * 100) + day;
        end = i;
        return true;
    }

    private static bool TryDigits(string text, int start, int min, int max, out int value, out int end)
    {
        value = 0;
        end = start;
        while (end < text.Length && end - start < max && DigitNumber.IsDigit(text[end]))
        {
            value = (value * 10) + DigitNumber.DigitValue(text[end]);
            end++;
        }

        return end - start >= min && (end >= text.Length || !DigitNumber.IsDigit(text[end]));
    }
}
