namespace Extract.Quantities;

/// <summary>The unit of a duration.</summary>
public enum TimeUnit
{
    /// <summary>Days (天, 日, <c>days</c>, <c>100-day</c>).</summary>
    Day = 0,

    /// <summary>Weeks (周, <c>weeks</c>).</summary>
    Week,

    /// <summary>Months (个月, <c>months</c>).</summary>
    Month,

    /// <summary>Years (年 after a small number, <c>years</c>).</summary>
    Year,
}
