using Extract.Quantities;
using Extract.Store;

namespace Extract.Checks;

/// <summary>The true values a written figure admits: <c>278,700</c> (to the nearest 100) is 278,650 to 278,750;
/// <c>over 450,000</c> is 450,000 and above. A <see langword="null"/> end is unbounded.</summary>
/// <param name="Low">The least value, or <see langword="null"/> when there is none.</param>
/// <param name="High">The greatest value, or <see langword="null"/> when there is none.</param>
public readonly record struct ValueInterval(decimal? Low, decimal? High)
{
    /// <summary>The values <paramref name="value"/>, written to <paramref name="precision"/> with
    /// <paramref name="approximation"/>, admits: half the precision either way for an exact figure; a bound at the
    /// written value for <c>more than</c> and <c>up to</c>; a tenth below for <c>nearly</c>, a tenth either way
    /// for <c>about</c> (as <see cref="Quantity.IsConsistentWith"/> reads them).</summary>
    public static ValueInterval Of(decimal value, decimal precision, Approximation approximation)
    {
        var half = precision / 2;
        var tenth = Math.Abs(value) / 10;
        return approximation switch
        {
            Approximation.MoreThan or Approximation.AtLeast => new(value - half, null),
            Approximation.UpTo or Approximation.LessThan => new(null, value + half),
            Approximation.Nearly => new(value - tenth - half, value + half),
            Approximation.About => new(value - tenth - half, value + tenth + half),
            _ => new(value - half, value + half),
        };
    }

    /// <summary>The values a stored fact admits, its trailing zeros read as rounding (see <see cref="RoundingOf"/>).</summary>
    public static ValueInterval Of(StoredFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Of(fact.Value, RoundingOf(fact.Value, fact.Precision), fact.Approximation);
    }

    /// <summary>The precision a figure may have been rounded to: a whole number's trailing zeros may be rounding
    /// (statistical prose writes 27.87 万 as 278,700, known to the nearest 100), so 278,700 counts as written to 100 and
    /// 66,000 to 1,000, down to two significant digits (100,000 to 10,000), while 6,185 and 57.9 keep the precision
    /// their last digit gives.</summary>
    public static decimal RoundingOf(decimal value, decimal precision)
    {
        if (precision < 1 || value == 0 || value != decimal.Truncate(value))
        {
            return precision;
        }

        // Two significant digits at least are meant: 100,000 is known to the nearest 10,000, not 100,000.
        var cap = 1m;
        for (var v = Math.Abs(value); v >= 100; v /= 10)
        {
            cap *= 10;
        }

        var rounding = precision;
        while (rounding * 10 <= cap && Math.Abs(value) % (rounding * 10) == 0)
        {
            rounding *= 10;
        }

        return rounding;
    }

    /// <summary>Whether some value lies in both intervals.</summary>
    public bool Overlaps(ValueInterval other) =>
        !(High is { } high && other.Low is { } otherLow && otherLow > high)
        && !(other.High is { } otherHigh && Low is { } low && low > otherHigh);

    /// <summary>The differences <c>this − other</c> can take.</summary>
    public ValueInterval Minus(ValueInterval other) => new(
        Low is { } a && other.High is { } b ? a - b : null,
        High is { } c && other.Low is { } d ? c - d : null);

    /// <summary>The growth in percent from <paramref name="previous"/> to this, <c>(this / previous − 1) × 100</c>;
    /// <see langword="null"/> when the previous value may be zero or less (no rate is defined).</summary>
    public ValueInterval? GrowthFrom(ValueInterval previous)
    {
        // A value bounded only above (up to 300) is still a count: at least zero.
        var low = Low ?? 0m;
        if (previous.Low is not { } lowPrevious || lowPrevious <= 0 || low < 0)
        {
            return null;
        }

        decimal? least = previous.High is { } highPrevious ? (low / highPrevious - 1) * 100 : -100;
        decimal? most = High is { } high ? (high / lowPrevious - 1) * 100 : null;
        return new ValueInterval(least, most);
    }
}
