using System.Collections.Immutable;

namespace Extract.Quantities;

/// <summary>Reads the first end of a range with the unit and scale written after the second: 6-17岁, 5至6倍, 3-5万元,
/// <c>5,000-10,000 yuan</c>, <c>6.7-6.9%</c>, 1至10月, <c>from 5 to 6 times</c>.</summary>
/// <remarks>Both ends of a range are then read as about their value: a range agrees with the same range in the other
/// edition, and each end with a single figure close to it, and neither is a bound to compare qualifiers against
/// (5000元以上1万元以下 is the range <c>5,000-10,000 yuan</c>).</remarks>
internal static class RangeEnds
{
    public static ImmutableArray<Quantity> Read(string text, int offset, ImmutableArray<Quantity> quantities)
    {
        if (quantities.Length < 2)
        {
            return quantities;
        }

        ImmutableArray<Quantity>.Builder? builder = null;
        for (var i = 0; i + 1 < quantities.Length; i++)
        {
            var (first, second) = (builder?[i] ?? quantities[i], quantities[i + 1]);
            if (!IsRangeDash(text, first.Span.End - offset, second.Span.Start - offset) || first.Role != QuantityRole.Measure || second.Role != QuantityRole.Measure
                || first.Unit is not Unit.Count { Label: null } || first.Value >= second.Value || first.Direction != Direction.None)
            {
                continue;
            }

            var (low, high) = Ends(first, second);
            if (low is null || high is null)
            {
                continue;
            }

            builder ??= quantities.ToBuilder();
            builder[i] = low;
            builder[i + 1] = high;
        }

        return builder?.ToImmutable() ?? quantities;
    }

    private static (Quantity? Low, Quantity? High) Ends(Quantity first, Quantity second)
    {
        // 1至10月, 1-10月: the first month of a range of months.
        if (second.Unit.Kind == UnitKind.Date && second.Precision == 100 && second.Value < 1300 && first.Value is >= 1 and <= 12 && first.Value == decimal.Truncate(first.Value))
        {
            return (With(first, first.Value * 100, 100, second.Unit, first.Approximation), second);
        }

        if (second.Unit.Kind is not (UnitKind.Count or UnitKind.Money or UnitKind.Percent or UnitKind.Multiple or UnitKind.Duration or UnitKind.Rate))
        {
            return (null, null);
        }

        // 3-5万元: the scale written once serves both ends, when the first end without it would lie far below.
        var scale = ScaleOf(second);
        var value = first.Value;
        var precision = first.Precision;
        if (scale > 1 && first.Value * scale <= second.Value)
        {
            value *= scale;
            precision *= scale;
        }

        var approximation = first.Approximation == Approximation.Exact ? Approximation.About : first.Approximation;
        var high = second.Approximation == Approximation.Exact ? With(second, second.Value, second.Precision, second.Unit, Approximation.About) : second;
        return (With(first, value, precision, second.Unit, approximation, second.Direction), high);
    }

    // The first end takes the second's direction too: 增长10-15% is a rise of 10 to 15%.
    private static Quantity With(Quantity q, decimal value, decimal precision, Unit unit, Approximation approximation, Direction? direction = null) =>
        new(value, precision, unit, q.Text, q.Span, q.Form, approximation, direction ?? q.Direction, q.Role);

    // The power of ten the scale word of a quantity multiplied its digits by (5万 → 10,000), or 1.
    private static decimal ScaleOf(Quantity q)
    {
        if (q.Form != NumberForm.Mixed || q.Precision <= 1)
        {
            return 1;
        }

        var scale = 1m;
        while (scale * 10 <= q.Precision && q.Value % (scale * 10) == 0)
        {
            scale *= 10;
        }

        return scale;
    }

    // Only a dash, a tilde, 至, 到 or "to" between the two numbers (spaces aside).
    private static bool IsRangeDash(string text, int end, int start)
    {
        if (end < 0 || start > text.Length || start <= end || start - end > 4)
        {
            return false;
        }

        var between = text.AsSpan(end, start - end).Trim(' ');
        return between is "-" or "–" or "—" or "―" or "－" or "~" or "～" or "至" or "到" or "to";
    }
}
