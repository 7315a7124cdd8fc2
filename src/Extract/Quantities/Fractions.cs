namespace Extract.Quantities;

/// <summary>Fractions written with a slash (1/3, 2/5) or in Chinese words (三分之一, 千分之三): a multiple whose value
/// is the numerator divided by the denominator, computed alike in both languages so that equal fractions agree
/// (<c>one-third</c> and 三分之一).</summary>
internal static class Fractions
{
    /// <summary>Reads <c>a/b</c> after the number at <paramref name="start"/>: both whole, a below b, b at most 100
    /// (2019/3 is a date, not a fraction).</summary>
    public static bool TryRead(ScanResult result, int start, DigitNumber numerator, int end, out int fractionEnd)
    {
        var text = result.Text;
        fractionEnd = end;
        if (end + 1 >= text.Length || text[end] != '/' || !DigitNumber.IsDigit(text[end + 1]) || numerator.FractionDigits != 0
            || !DigitNumber.TryRead(text, end + 1, ref result.Steps, out var denominator, out var denominatorEnd)
            || denominator.FractionDigits != 0 || denominator.Value is < 2 or > 100 || numerator.Value >= denominator.Value || numerator.Value < 1
            || (denominatorEnd < text.Length && text[denominatorEnd] == '/'))
        {
            return false;
        }

        var qualifier = DigitNumber.IsDigit(text[start]) && LanguageOf(text) ? EnglishVocabulary.QualifierBefore(text, start) : ChineseVocabulary.QualifierBefore(text, start).Approximation;
        result.Add(start, denominatorEnd, numerator.Value / denominator.Value, 1m / denominator.Value, new Unit.Multiple(), NumberForm.Digits, qualifier);
        fractionEnd = denominatorEnd;
        return true;
    }

    /// <summary>Reads the numerator after 分之 at <paramref name="numeratorStart"/>, the denominator read before it.</summary>
    public static bool TryReadChinese(ScanResult result, int start, decimal denominator, int numeratorStart, out int end)
    {
        var text = result.Text;
        end = numeratorStart;
        if (numeratorStart >= text.Length || denominator < 2)
        {
            return false;
        }

        decimal numerator;
        if (DigitNumber.IsDigit(text[numeratorStart]))
        {
            if (!DigitNumber.TryRead(text, numeratorStart, ref result.Steps, out var digits, out end))
            {
                return false;
            }

            numerator = digits.Value;
        }
        else
        {
            end = ChineseNumeral.RunEnd(text, numeratorStart, ref result.Steps);
            if (end == numeratorStart || !ChineseNumeral.TryParse(text.AsSpan(numeratorStart, end - numeratorStart), out var numeral))
            {
                return false;
            }

            numerator = numeral.Value;
        }

        if (numerator <= 0 || numerator >= denominator)
        {
            return false;
        }

        var qualifier = ChineseVocabulary.QualifierBefore(text, start).Approximation;
        result.Add(start, end, numerator / denominator, 1m / denominator, new Unit.Multiple(), NumberForm.ChineseNumerals, qualifier);
        return true;
    }

    // Whether the text reads as English (letters and no Han characters near the start): the qualifier before a slash
    // fraction is looked up in the text's language.
    private static bool LanguageOf(string text)
    {
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 64)))
        {
            if (Documents.Scripts.IsHan(c))
            {
                return false;
            }
        }

        return true;
    }
}
