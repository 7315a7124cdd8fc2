using System.Globalization;
using Extract.Quantities;

namespace Extract.Reconciliation;

/// <summary>Tells what kind of discrepancy two figures that should state the same fact are, and what kind of slip
/// separates two values.</summary>
internal static class DiscrepancyClassifier
{
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

            // 42.9亿元人民币 as "4.29 billion": the same amount with its currency dropped is a unit finding.
            (UnitKind.Money, UnitKind.Count) or (UnitKind.Count, UnitKind.Money) => zh.Value == en.Value,
            var (a, b) => a == b,
        };
    }

    /// <summary>Whether the values of two comparable figures are so related (a digit slip, a power of ten, the same
    /// digits or the same value) that they are the two sides of one discrepancy wherever they stand in the passage.
    /// Unrelated values need the evidence of position instead.</summary>
    public static bool AreRelated(Quantity zh, Quantity en)
    {
        if (zh.Value == en.Value || WrittenDigits(zh.Text) == WrittenDigits(en.Text))
        {
            return true;
        }

        // Two months or days of the same year left unpaired in one scope are one date given differently (今年6月 and
        // July this year), as long as each states a month.
        if (zh.Unit.Kind == UnitKind.Date && en.Unit.Kind == UnitKind.Date && zh.Value % 10000 >= 100 && en.Value % 10000 >= 100
            && (FigureMatcher.YearOf(zh) == FigureMatcher.YearOf(en) || FigureMatcher.YearOf(zh) == 0 || FigureMatcher.YearOf(en) == 0))
        {
            return true;
        }

        // Small numbers differ by one digit, or share their digits, too easily for that to say anything; but two
        // digits exchanged (36 and 63) is a typist's slip rather than a coincidence.
        var (a, b) = (SignificantDigits(zh.Value), SignificantDigits(en.Value));
        return (Math.Min(a.Length, b.Length) >= 2 && Math.Max(a.Length, b.Length) >= 3 && IsDigitSlip(a, b))
               || (a.Length == 2 && b.Length == 2 && a[0] == b[1] && a[1] == b[0])
               || (a == b && a.Length >= 2 && IsPowerOfTen(zh.Value, en.Value));
    }

    /// <summary>The kind of discrepancy between two comparable figures that did not pair.</summary>
    public static DiscrepancyKind Classify(Quantity zh, Quantity en)
    {
        if (zh.Unit.Kind == UnitKind.Date && en.Unit.Kind == UnitKind.Date
            && (FigureMatcher.YearOf(zh) == FigureMatcher.YearOf(en) || FigureMatcher.YearOf(zh) == 0 || FigureMatcher.YearOf(en) == 0))
        {
            // The same year, or one left to the context: the month or the day differs.
            return DiscrepancyKind.Date;
        }

        if (zh.Unit.Kind is UnitKind.Weekday or UnitKind.RelativeYear)
        {
            return DiscrepancyKind.Date;
        }

        // 2014 and 2004: a digit of the decade mistyped, not another year.
        if (zh.Unit.Kind == UnitKind.Year && en.Unit.Kind == UnitKind.Year && Math.Abs(zh.Value - en.Value) >= 10
            && IsDigitSlip(SignificantDigits(zh.Value), SignificantDigits(en.Value)) && zh.Value.ToString(CultureInfo.InvariantCulture).Length == en.Value.ToString(CultureInfo.InvariantCulture).Length)
        {
            return DiscrepancyKind.Digits;
        }

        if (zh.Unit.Kind is UnitKind.Year or UnitKind.Date or UnitKind.YearRange)
        {
            return DiscrepancyKind.Year;
        }

        // The same number in another unit: 0.5 个百分点 as 0.5%, 1402 万元 as US$14.02 million, 1.26 亿元 as 1.26 million.
        if (!zh.Unit.IsSameMeasureAs(en.Unit) && (zh.Value == en.Value || (WrittenDigits(zh.Text) == WrittenDigits(en.Text) && !IsCountScaleSlip(zh, en))))
        {
            return DiscrepancyKind.Unit;
        }

        if (zh.Unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints)
        {
            return DiscrepancyKind.Percent;
        }

        if (IsPowerOfTen(zh.Value, en.Value))
        {
            // The same digits a power of ten apart. Written alike (1.26 亿元 vs 1.26 million), a scale word was
            // translated wrongly: a unit error; written differently (17.36 万 vs 17,360), the number was converted
            // with the wrong scale: a slip of scale.
            // A count has no unit word to mistranslate (30万吨 as "30 million tons" is a slip of scale).
            return WrittenDigits(zh.Text) == WrittenDigits(en.Text) && !IsCountScaleSlip(zh, en) ? DiscrepancyKind.Unit : DiscrepancyKind.Scale;
        }

        var (a, b) = (SignificantDigits(zh.Value), SignificantDigits(en.Value));
        return Math.Max(a.Length, b.Length) >= 2 && IsDigitSlip(a, b) ? DiscrepancyKind.Digits : DiscrepancyKind.Value;
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
            int first = -1, second = -1, count = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    (first, second) = count == 0 ? (i, -1) : (first, i);
                    count++;
                }
            }

            return count == 1 || (count == 2 && second == first + 1 && a[first] == b[second] && a[second] == b[first]);
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

    /// <summary>The number as written, without scale words, units or thousands separators (<c>17.36万件</c> →
    /// 17.36; <c>US$14.02 million</c> → 14.02; <c>173,600</c> → 173600); empty when written in words.</summary>
    public static string WrittenDigits(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        var started = false;
        foreach (var c in text)
        {
            var digit = c is >= '0' and <= '9' ? c : c is >= '０' and <= '９' ? (char)(c - '０' + '0') : '\0';
            if (digit != '\0')
            {
                started = true;
                if (length < buffer.Length)
                {
                    buffer[length++] = digit;
                }
            }
            else if (started && c is ',' or '，' or ' ')
            {
                continue;
            }
            else if (started && c is '.' or '．' && length < buffer.Length)
            {
                buffer[length++] = '.';
            }
            else if (started)
            {
                break;
            }
        }

        return new string(buffer[..length]).TrimEnd('.');
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

    // Two counts a power of ten apart, written with the same digits: the scale word (万, million) was misread.
    private static bool IsCountScaleSlip(Quantity zh, Quantity en) =>
        zh.Unit.Kind == UnitKind.Count && en.Unit.Kind == UnitKind.Count && IsPowerOfTen(zh.Value, en.Value);

    /// <summary>Whether two values differ by a power of ten (10, 100, … either way).</summary>
    public static bool IsPowerOfTen(decimal a, decimal b)
    {
        if (a == 0 || b == 0 || a == b)
        {
            return false;
        }

        var ratio = Math.Abs(a) > Math.Abs(b) ? a / b : b / a;
        while (ratio > 1 && ratio % 10 == 0)
        {
            ratio /= 10;
        }

        return ratio == 1;
    }
}
