using System.Globalization;
using Extract.Quantities;

namespace Extract.Reconciliation;

/// <summary>Tells what kind of discrepancy two figures that should state the same fact are, and what kind of slip
/// separates two values.</summary>
internal static class DiscrepancyClassifier
{
    private static readonly string[] ChineseScaleWords = ["万", "亿"];
    private static readonly string[] EnglishScaleWords = ["thousand", "million", "billion", "trillion"];

    /// <summary>Whether two unpaired figures can be the two sides of one discrepancy: figures of comparable measures.</summary>
    public static bool AreComparable(Quantity zh, Quantity en)
    {
        if (zh.Role != QuantityRole.Measure || en.Role != QuantityRole.Measure)
        {
            return false;
        }

        return (zh.Unit.Kind, en.Unit.Kind) switch
        {
            (UnitKind.Percent or UnitKind.PercentagePoints, UnitKind.Percent or UnitKind.PercentagePoints) => true,
            (UnitKind.Year or UnitKind.Date, UnitKind.Year or UnitKind.Date) => true,
            var (a, b) => a == b,
        };
    }

    /// <summary>The kind of discrepancy between two comparable figures that did not pair.</summary>
    public static DiscrepancyKind Classify(Quantity zh, Quantity en)
    {
        if (zh.Unit.Kind is UnitKind.Year or UnitKind.Date or UnitKind.YearRange)
        {
            return DiscrepancyKind.Year;
        }

        if (zh.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints)
        {
            return DiscrepancyKind.Percent;
        }

        if (zh.Value != 0 && en.Value != 0 && IsPowerOfTen(zh.Value / en.Value))
        {
            // The same digits a power of ten apart: a scale word translated wrongly (亿元 as million yuan) is a unit
            // error; a number converted with the wrong scale (17.36 万 as 17,360) is a slip of scale.
            return HasScaleWord(zh.Text) && HasScaleWord(en.Text) ? DiscrepancyKind.Unit : DiscrepancyKind.Scale;
        }

        return IsDigitSlip(SignificantDigits(zh.Value), SignificantDigits(en.Value)) ? DiscrepancyKind.Digits : DiscrepancyKind.Value;
    }

    /// <summary>Whether one string of digits becomes the other by changing, dropping or adding one digit, or by
    /// swapping two neighbouring ones.</summary>
    public static bool IsDigitSlip(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            var differences = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return differences.Count == 1
                   || (differences.Count == 2 && differences[1] == differences[0] + 1 && a[differences[0]] == b[differences[1]] && a[differences[1]] == b[differences[0]]);
        }

        if (Math.Abs(a.Length - b.Length) != 1 || Math.Min(a.Length, b.Length) < 2)
        {
            return false;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        for (var i = 0; i < longer.Length; i++)
        {
            if (string.CompareOrdinal(longer.Remove(i, 1), shorter) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The digits of a value without sign, decimal point, and leading or trailing zeros (1472600 → 14726).</summary>
    public static string SignificantDigits(decimal value)
    {
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal);
        return digits.Trim('0') is { Length: > 0 } trimmed ? trimmed : "0";
    }

    /// <summary>Whether the Chinese figure's counted thing and the English one's are different kinds of thing
    /// (persons and cases; visits and persons), though both are counts of the same value.</summary>
    public static bool CountsDifferentThings(Quantity zh, Quantity en, out bool serious)
    {
        serious = false;
        if (zh.Unit is not Unit.Count { Classifier: { } classifier } || en.Unit is not Unit.Count { Noun: { } noun })
        {
            return false;
        }

        var zhThing = CountedThings.OfClassifier(classifier);
        var enThing = CountedThings.OfNoun(noun);
        if (zhThing == CountedThing.Unknown || enThing == CountedThing.Unknown || zhThing == enThing)
        {
            return false;
        }

        // Persons for cases changes the fact; visits for persons only loosens it.
        serious = !(zhThing is CountedThing.Visit or CountedThing.Person && enThing is CountedThing.Visit or CountedThing.Person);
        return true;
    }

    private static bool HasScaleWord(string text) =>
        ChineseScaleWords.Any(w => text.Contains(w, StringComparison.Ordinal))
        || EnglishScaleWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static bool IsPowerOfTen(decimal ratio)
    {
        if (ratio < 1)
        {
            ratio = 1 / ratio;
        }

        if (ratio <= 1)
        {
            return false;
        }

        while (ratio > 1 && ratio % 10 == 0)
        {
            ratio /= 10;
        }

        return ratio == 1;
    }
}
