using System.Globalization;
using Extract.Quantities;

namespace Extract.Tests.Quantities;

/// <summary>A quantity as one line of the fixtures: text, value, precision, unit, label, approximation, direction, role,
/// tab-separated, so that expected and found quantities compare as text and differences print readably.</summary>
internal static class QuantityRow
{
    public static string Format(Quantity quantity) => string.Join('\t',
        quantity.Text,
        Number(quantity.Value),
        Number(quantity.Precision),
        UnitName(quantity.Unit.Kind),
        Label(quantity.Unit),
        quantity.Approximation switch
        {
            Approximation.MoreThan => "more-than",
            Approximation.AtLeast => "at-least",
            Approximation.UpTo => "up-to",
            Approximation.LessThan => "less-than",
            _ => quantity.Approximation.ToString().ToLowerInvariant(),
        },
        quantity.Direction == Direction.None ? "-" : quantity.Direction.ToString().ToLowerInvariant(),
        quantity.Role switch
        {
            QuantityRole.NamePart => "name",
            QuantityRole.Identifier => "identifier",
            QuantityRole.Enumerator => "enumerator",
            _ => "measure",
        });

    /// <summary>Normalizes an expected row typed by hand: numbers in canonical form, omitted trailing columns filled
    /// with their defaults (exact, no direction, a measure).</summary>
    public static string Normalize(string row)
    {
        var columns = row.Split('\t').ToList();
        string[] defaults = ["", "", "1", "count", "-", "exact", "-", "measure"];
        while (columns.Count < defaults.Length)
        {
            columns.Add(defaults[columns.Count]);
        }

        columns[1] = Number(decimal.Parse(columns[1], CultureInfo.InvariantCulture));
        columns[2] = Number(decimal.Parse(columns[2], CultureInfo.InvariantCulture));
        return string.Join('\t', columns);
    }

    private static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string UnitName(UnitKind kind) => kind switch
    {
        UnitKind.PercentagePoints => "percentage-points",
        UnitKind.YearRange => "year-range",
        UnitKind.YearPart => "year-part",
        UnitKind.RelativeYear => "relative-year",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Label(Unit unit) => unit switch
    {
        Unit.Money money => money.Currency.ToString().ToUpperInvariant(),
        Unit.RatePer rate => Number(rate.Per) + (rate.Label is { } label ? " " + label : ""),
        Unit.Duration duration => duration.TimeUnit.ToString().ToLowerInvariant(),
        Unit.YearRange range => range.EndYear.ToString(CultureInfo.InvariantCulture),
        Unit.YearPart part => part.Parts.ToString(CultureInfo.InvariantCulture),
        _ => unit.Label ?? "-",
    };
}
