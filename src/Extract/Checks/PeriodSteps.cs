using Extract.Facts;

namespace Extract.Checks;

/// <summary>Which periods compare: the period a year before another, and the periods that state the same time.</summary>
internal static class PeriodSteps
{
    /// <summary>Whether <paramref name="earlier"/> is the period a year before <paramref name="period"/>: 2023 or the
    /// end of 2023 before 2024 or the end of 2024 (a stock is dated either way: <c>In 2023 … valid patents</c>, <c>By
    /// the end of 2023</c>), the same half, quarter or month a year earlier.</summary>
    public static bool IsYearBefore(Period earlier, Period period) => (earlier, period) switch
    {
        (Period.Year or Period.EndOfYear, Period.Year or Period.EndOfYear) => earlier.LastYear == period.LastYear - 1,
        (Period.YearPart a, Period.YearPart b) => a.InYear == b.InYear - 1 && a.Index == b.Index && a.Parts == b.Parts,
        (Period.Date a, Period.Date b) => a.Value % 100 == 0 && a.Value % 10000 != 0 && a.Value == b.Value - 10000,
        _ => false,
    };

    /// <summary>Whether two periods state the same time (2023 and the end of 2023 do, for one indicator).</summary>
    public static bool IsSameTime(Period a, Period b) => (a, b) switch
    {
        (Period.Year or Period.EndOfYear, Period.Year or Period.EndOfYear) => a.LastYear == b.LastYear,
        _ => a == b,
    };

    /// <summary>Whether a change stated for <paramref name="period"/> can be checked against a year before.</summary>
    public static bool HasYearBefore(Period period) => period is Period.Year or Period.EndOfYear or Period.YearPart
        || (period is Period.Date date && date.Value % 100 == 0 && date.Value % 10000 != 0);
}
