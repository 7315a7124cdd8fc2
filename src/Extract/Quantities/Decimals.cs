namespace Extract.Quantities;

/// <summary>Exact decimal helpers: powers of ten and normalization (no trailing zeros, so 173600.00 prints as 173600).</summary>
internal static class Decimals
{
    private static readonly decimal[] Positive =
    [
        1m, 10m, 100m, 1000m, 10000m, 100000m, 1000000m, 10000000m, 100000000m, 1000000000m, 10000000000m,
        100000000000m, 1000000000000m, 10000000000000m, 100000000000000m, 1000000000000000m,
    ];

    /// <summary>10 to the power <paramref name="exponent"/>, exactly (from -28 to 15).</summary>
    public static decimal PowerOfTen(int exponent)
    {
        if (exponent >= 0)
        {
            return Positive[exponent];
        }

        return new decimal(1, 0, 0, false, (byte)-exponent);
    }

    /// <summary>The same value with no trailing zeros after the decimal point.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The largest power of ten that divides a positive integer value (3500 -> 100; 22 -> 1); 1 for zero or
    /// a value with a fractional part.</summary>
    public static decimal TrailingZerosPlace(decimal value)
    {
        if (value == 0 || value != decimal.Truncate(value))
        {
            return 1;
        }

        decimal place = 1;
        while (value % (place * 10) == 0 && place < 1000000000000000m)
        {
            place *= 10;
        }

        return place;
    }
}
