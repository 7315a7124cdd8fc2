using System.Collections.Immutable;

namespace Extract.Quantities;

/// <summary>Reads the bounds English writes after a figure and its noun: <c>aged 60 and above</c>, <c>90 square
/// metres and below</c>, <c>five years or more</c>, <c>100 or fewer</c>.</summary>
internal static class EnglishBoundsAfter
{
    // How far after the number the bound may stand: a noun of two or three words.
    private const int Window = 32;

    private static readonly (string Words, Approximation Approximation)[] Bounds =
    [
        ("and above", Approximation.AtLeast), ("or above", Approximation.AtLeast), ("or more", Approximation.AtLeast),
        ("and over", Approximation.AtLeast), ("or over", Approximation.AtLeast), ("and up", Approximation.AtLeast),
        ("or higher", Approximation.AtLeast), ("and below", Approximation.UpTo), ("or below", Approximation.UpTo),
        ("or less", Approximation.UpTo), ("or fewer", Approximation.UpTo), ("and under", Approximation.UpTo),
        ("or under", Approximation.UpTo), ("or lower", Approximation.UpTo),
    ];

    public static ImmutableArray<Quantity> Read(string text, int offset, ImmutableArray<Quantity> quantities)
    {
        ImmutableArray<Quantity>.Builder? builder = null;
        for (var i = 0; i < quantities.Length; i++)
        {
            var q = quantities[i];
            if (q.Approximation != Approximation.Exact || q.Role != QuantityRole.Measure || q.Unit.Kind is UnitKind.Date or UnitKind.Year or UnitKind.TimeOfDay or UnitKind.Weekday or UnitKind.RelativeYear)
            {
                continue;
            }

            var from = q.Span.End - offset;
            var to = i + 1 < quantities.Length ? Math.Min(quantities[i + 1].Span.Start - offset, from + Window) : Math.Min(text.Length, from + Window);
            if (from < 0 || to <= from || BoundIn(text.AsSpan(from, to - from)) is not { } bound)
            {
                continue;
            }

            builder ??= quantities.ToBuilder();
            builder[i] = new Quantity(q.Value, q.Precision, q.Unit, q.Text, q.Span, q.Form, bound, q.Direction, q.Role);
        }

        return builder?.ToImmutable() ?? quantities;
    }

    // The bound in the words after the number, before any punctuation or digit ends its phrase.
    private static Approximation? BoundIn(ReadOnlySpan<char> after)
    {
        var end = after.IndexOfAny(",;.:()\n0123456789");
        var phrase = end >= 0 ? after[..end] : after;
        foreach (var (words, approximation) in Bounds)
        {
            var at = phrase.IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || phrase[at - 1] == ' ') && (at + words.Length == phrase.Length || !char.IsAsciiLetter(phrase[at + words.Length])))
            {
                return approximation;
            }
        }

        return null;
    }
}
