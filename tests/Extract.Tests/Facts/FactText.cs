using System.Globalization;
using System.Text;
using Extract.Facts;
using Extract.Quantities;

namespace Extract.Tests.Facts;

/// <summary>Facts written as the fixtures write them, so that expected and found facts compare as text and
/// differences print readably.</summary>
internal static class FactText
{
    /// <summary><c>indicator = value [unit] (period) change @subject {qualifiers}</c>, the unknown indicator as the
    /// quoted label; a period not stated by the sentence itself says where it comes from: <c>(2019; section)</c>,
    /// <c>(end of 2019; document)</c>.</summary>
    public static string Line(Fact fact)
    {
        var text = new StringBuilder();
        text.Append(fact.Indicator?.Id ?? "\"" + fact.Label + "\"");
        text.Append(" = ").Append(Number(fact.Value)).Append(" [").Append(Unit(fact.Quantity.Unit.Kind)).Append(']');
        if (fact.Period is { } period)
        {
            text.Append(" (").Append(period);
            if (fact.PeriodOrigin is { } origin and not PeriodOrigin.Stated)
            {
                text.Append(origin == PeriodOrigin.Section ? "; section" : "; document");
            }

            text.Append(')');
        }

        if (Change(fact.Change) is { } change && change != "-")
        {
            text.Append(' ').Append(change);
        }

        if (fact.Subject is { } subject)
        {
            text.Append(" @").Append(subject);
        }

        if (fact.Qualifiers != FactQualifiers.None)
        {
            text.Append(" {").Append(fact.Qualifiers).Append('}');
        }

        return text.ToString();
    }

    /// <summary><c>up 15.54 percent yoy</c>, or <c>-</c>.</summary>
    public static string Change(Change? change) => change is null
        ? "-"
        : string.Join(' ',
            change.Direction.ToString().ToLowerInvariant(),
            Number(change.Value),
            change.Unit switch
            {
                ChangeUnit.PercentagePoints => "points",
                _ => change.Unit.ToString().ToLowerInvariant(),
            },
            change.Basis == ChangeBasis.YearOnYear ? "yoy" : "-");

    /// <summary>The period as the fixtures write it: <c>2019</c>, <c>end of 2019</c>, or <c>-</c>.</summary>
    public static string Period(Period? period) => period?.ToString() ?? "-";

    public static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Unit(UnitKind kind) => kind switch
    {
        UnitKind.PercentagePoints => "percentage-points",
        UnitKind.YearRange => "year-range",
        UnitKind.YearPart => "year-part",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
