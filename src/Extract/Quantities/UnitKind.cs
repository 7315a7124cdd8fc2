namespace Extract.Quantities;

/// <summary>The kinds of <see cref="Unit"/>: two quantities compare only when their kinds are equal.</summary>
public enum UnitKind
{
    /// <summary>A count of things (<see cref="Unit.Count"/>).</summary>
    Count = 0,

    /// <summary>An amount of money (<see cref="Unit.Money"/>).</summary>
    Money,

    /// <summary>A percentage (<see cref="Unit.Percent"/>).</summary>
    Percent,

    /// <summary>Percentage points (<see cref="Unit.PercentagePoints"/>).</summary>
    PercentagePoints,

    /// <summary>A rate per so many people (<see cref="Unit.RatePer"/>).</summary>
    Rate,

    /// <summary>A multiple or a fraction (<see cref="Unit.Multiple"/>).</summary>
    Multiple,

    /// <summary>An ordinal (<see cref="Unit.Ordinal"/>).</summary>
    Ordinal,

    /// <summary>A calendar year (<see cref="Unit.Year"/>).</summary>
    Year,

    /// <summary>A calendar date (<see cref="Unit.Date"/>).</summary>
    Date,

    /// <summary>A length of time (<see cref="Unit.Duration"/>).</summary>
    Duration,

    /// <summary>A range of years (<see cref="Unit.YearRange"/>).</summary>
    YearRange,

    /// <summary>A part of a year: a half or a quarter (<see cref="Unit.YearPart"/>).</summary>
    YearPart,

    /// <summary>A time of day (<see cref="Unit.TimeOfDay"/>): a clock reading, never a count.</summary>
    TimeOfDay,

    /// <summary>A day of the week (<see cref="Unit.Weekday"/>): the when of an event, never a count.</summary>
    Weekday,

    /// <summary>A year named from the text's own (<see cref="Unit.RelativeYear"/>): 今年, <c>last year</c>.</summary>
    RelativeYear,
}
