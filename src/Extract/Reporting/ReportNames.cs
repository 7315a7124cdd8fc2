using System.Globalization;
using Extract.Quantities;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>The names every format gives to kinds, severities, units and values: one vocabulary, so that a JSON
/// consumer, a spreadsheet and the HTML filters agree.</summary>
internal static class ReportNames
{
    /// <summary>Every discrepancy kind, in the order of the enumeration.</summary>
    public static readonly DiscrepancyKind[] Kinds = Enum.GetValues<DiscrepancyKind>();

    /// <summary>Every severity, the most severe first.</summary>
    public static readonly Severity[] Severities = [Severity.High, Severity.Medium, Severity.Low];

    public static string Of(DiscrepancyKind kind) => kind switch
    {
        DiscrepancyKind.Value => "value",
        DiscrepancyKind.Scale => "scale",
        DiscrepancyKind.Digits => "digits",
        DiscrepancyKind.Percent => "percent",
        DiscrepancyKind.Direction => "direction",
        DiscrepancyKind.Swap => "swap",
        DiscrepancyKind.Omission => "omission",
        DiscrepancyKind.Addition => "addition",
        DiscrepancyKind.Unit => "unit",
        DiscrepancyKind.Qualifier => "qualifier",
        DiscrepancyKind.Year => "year",
        DiscrepancyKind.Rounding => "rounding",
        DiscrepancyKind.Date => "date",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string Of(UnitKind unit) => unit switch
    {
        UnitKind.Count => "count",
        UnitKind.Money => "money",
        UnitKind.Percent => "percent",
        UnitKind.PercentagePoints => "percentage_points",
        UnitKind.Rate => "rate",
        UnitKind.Multiple => "multiple",
        UnitKind.Ordinal => "ordinal",
        UnitKind.Year => "year",
        UnitKind.Date => "date",
        UnitKind.Duration => "duration",
        UnitKind.YearRange => "year_range",
        UnitKind.YearPart => "year_part",
        UnitKind.TimeOfDay => "time_of_day",
        UnitKind.Weekday => "weekday",
        UnitKind.RelativeYear => "relative_year",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>The kind with its first letter capitalized, for headings (<c>Digits</c>).</summary>
    public static string Title(DiscrepancyKind kind)
    {
        var name = Of(kind);
        return string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
    }

    /// <summary>The name of a segment file's format in reports.</summary>
    public static string Of(Documents.SegmentFormat format) => format switch
    {
        Documents.SegmentFormat.Xliff1 => "xliff1",
        Documents.SegmentFormat.Xliff2 => "xliff2",
        Documents.SegmentFormat.Tmx => "tmx",
        Documents.SegmentFormat.Table => "table",
        _ => "lines",
    };

    /// <summary>The value without trailing zeros, in invariant digits (1472600, not 1472600.00): the exact decimal,
    /// readable as a JSON number and by a spreadsheet.</summary>
    public static string Of(decimal value) => Decimals.Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The value grouped by thousands for people (1,472,600).</summary>
    public static string ForPeople(decimal value)
    {
        var normalized = Decimals.Normalize(value);
        return normalized.ToString(normalized.Scale == 0 ? "#,0" : "#,0." + new string('#', normalized.Scale), CultureInfo.InvariantCulture);
    }
}
