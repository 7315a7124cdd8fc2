using System.Globalization;
using Extract.Quantities;

namespace Extract.Reconciliation;

/// <summary>Writes the plain message of each discrepancy: both values as written and normalized, what differs, and
/// which edition to check.</summary>
internal static class DiscrepancyMessages
{
    /// <summary>A discrepancy with its message. The English edition is the suspect (the Chinese is the original),
    /// unless <paramref name="chineseContradiction"/> says the Chinese contradicts itself there.</summary>
    public static Discrepancy Create(DiscrepancyKind kind, Severity severity, Figure? chinese, Figure? english, string? chineseContradiction = null)
    {
        var statement = kind switch
        {
            DiscrepancyKind.Omission => $"The Chinese edition gives {Describe(chinese!)}, which the English edition does not state.",
            DiscrepancyKind.Addition => $"The English edition gives {Describe(english!)}, which the Chinese edition does not state.",
            _ => $"The Chinese edition gives {Describe(chinese!)}, the English edition {Describe(english!)}: {What(kind, chinese!.Quantity, english!.Quantity)}.",
        };
        return chineseContradiction is null
            ? new Discrepancy(kind, severity, statement + " Check the English edition.", chinese, english, EditionSide.English)
            : new Discrepancy(kind, severity, $"{statement} The Chinese edition contradicts itself here ({chineseContradiction}): check the Chinese edition.", chinese, english, EditionSide.Chinese);
    }

    public static Discrepancy Swap(FigurePair first, FigurePair second)
    {
        var message = $"The Chinese edition gives {first.Chinese.Quantity.Text} and {second.Chinese.Quantity.Text} in that order, the English edition "
                      + $"{second.English.Quantity.Text} and {first.English.Quantity.Text}: the two values of a respectively statement are exchanged. Check the English edition.";
        var englishAtFirstPlace = first.English.Quantity.Span.Start < second.English.Quantity.Span.Start ? first.English : second.English;
        return new Discrepancy(DiscrepancyKind.Swap, Severity.High, message, first.Chinese, englishAtFirstPlace, EditionSide.English);
    }

    /// <summary>The discrepancy of a translation from English into Chinese: the Chinese is the one to check (and a
    /// figure only the English gives was omitted from the translation).</summary>
    public static Discrepancy WithEnglishOriginal(Discrepancy discrepancy)
    {
        const string CheckEnglish = " Check the English edition.";
        if (discrepancy.Suspect != EditionSide.English || !discrepancy.Message.EndsWith(CheckEnglish, StringComparison.Ordinal))
        {
            return discrepancy;
        }

        var message = discrepancy.Message[..^CheckEnglish.Length] + " Check the Chinese translation.";
        return discrepancy with { Message = message, Suspect = EditionSide.Chinese };
    }

    private static string Describe(Figure figure)
    {
        var quantity = figure.Quantity;
        var normalized = Format(quantity);
        return string.Equals(Squeeze(quantity.Text), Squeeze(normalized), StringComparison.OrdinalIgnoreCase)
            ? $"“{quantity.Text}”"
            : $"“{quantity.Text}” ({normalized})";
    }

    private static string What(DiscrepancyKind kind, Quantity zh, Quantity en) => kind switch
    {
        DiscrepancyKind.Value => "different values",
        DiscrepancyKind.Scale => "the same digits at a different scale (a 万 / 亿 / thousand / million slip)",
        DiscrepancyKind.Digits => "digits changed, dropped or transposed",
        DiscrepancyKind.Percent => "different percentages",
        DiscrepancyKind.Direction => $"the change goes {Describe(zh.Direction)} in the Chinese and {Describe(en.Direction)} in the English",
        DiscrepancyKind.Unit => !zh.Unit.IsSameMeasureAs(en.Unit) ? "the same number in a different unit"
            : zh.Value == en.Value ? "the same number counts different things"
            : "the same digits with a different scale word (亿 / 万 / million / billion)",
        DiscrepancyKind.Qualifier => $"{Describe(zh.Approximation)} in the Chinese and {Describe(en.Approximation)} in the English",
        DiscrepancyKind.Year => "different years",
        DiscrepancyKind.Rounding => "they agree only to the precision written",
        DiscrepancyKind.Date => "different dates",
        _ => "they differ",
    };

    private static string Describe(Direction direction) => direction == Direction.Up ? "up" : "down";

    private static string Describe(Approximation approximation) => approximation switch
    {
        Approximation.Exact => "exact",
        Approximation.MoreThan => "more than",
        Approximation.AtLeast => "at least",
        Approximation.Nearly => "nearly",
        Approximation.About => "about",
        Approximation.UpTo => "up to",
        Approximation.LessThan => "less than",
        _ => approximation.ToString(),
    };

    // The value as the reconciler reads it: qualifier, direction, the number in full, the unit where it is not a count.
    private static string Format(Quantity quantity)
    {
        var value = quantity.Unit.Kind is UnitKind.Year or UnitKind.Date
            ? quantity.Value.ToString(CultureInfo.InvariantCulture)
            : quantity.Value.ToString("#,0.############", CultureInfo.InvariantCulture);
        var measure = quantity.Unit switch
        {
            Unit.Percent => value + "%",
            Unit.PercentagePoints => value + " percentage points",
            Unit.Money money => $"{value} {money.Currency.ToString().ToUpperInvariant()}",
            _ => value,
        };
        var qualifier = quantity.Approximation == Approximation.Exact ? string.Empty : Describe(quantity.Approximation) + " ";
        var direction = quantity.Direction == Direction.None ? string.Empty : Describe(quantity.Direction) + " ";
        return direction + qualifier + measure;
    }

    private static string Squeeze(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
}
