using Extract.Documents;

namespace Extract.Quantities;

/// <summary>A number read from a sentence with its unit, normalized exactly: <c>17.36 万件</c> is 173,600 items,
/// written to the nearest 100; <c>68 亿余元</c> is more than 6,800,000,000 yuan.</summary>
/// <remarks>Two occurrences are equal records only when everything, text and span included, is equal; to compare
/// facts use <see cref="HasSameMeasureAs"/>, <see cref="AgreesWithinPrecision"/> and <see cref="IsConsistentWith"/>.</remarks>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <exception cref="ArgumentException">When <paramref name="precision"/> is not positive or <paramref name="text"/> is empty.</exception>
    public Quantity(
        decimal value,
        decimal precision,
        Unit unit,
        string text,
        TextSpan span,
        NumberForm form = NumberForm.Digits,
        Approximation approximation = Approximation.Exact,
        Direction direction = Direction.None,
        QuantityRole role = QuantityRole.Measure)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (precision <= 0)
        {
            throw new ArgumentException($"The precision must be positive, not {precision}.", nameof(precision));
        }

        Value = value;
        Precision = precision;
        Unit = unit;
        Text = text;
        Span = span;
        Form = form;
        Approximation = approximation;
        Direction = direction;
        Role = role;
    }

    /// <summary>The value after scale words (17.36 万 = 173600; 1.4736 million = 1473600), exactly.</summary>
    public decimal Value { get; }

    /// <summary>The place value of the last digit written, after scale: 147.26 万 = 100, <c>1.4736 million</c> = 100,
    /// <c>450,000</c> = 1, 三千五百 = 100, 2020 年 4 月 = 100 (a month, in <see cref="Unit.Date"/>'s encoding).</summary>
    public decimal Precision { get; }

    /// <summary>What the value measures.</summary>
    public Unit Unit { get; }

    /// <summary>The text the quantity was read from, as written (scale words, classifier and qualifiers included).</summary>
    public string Text { get; }

    /// <summary>Where <see cref="Text"/> stands: in the string given to the recognizer, or in the document for a sentence.</summary>
    public TextSpan Span { get; }

    /// <summary>How the number was written.</summary>
    public NumberForm Form { get; }

    /// <summary>How the written value relates to the true value.</summary>
    public Approximation Approximation { get; }

    /// <summary>For a change, its direction: a percentage after 增长 or <c>down by</c>, or an amount the text states as a
    /// change (<c>an increase of 31,000</c>, <c>up 9.3 patents</c>).</summary>
    public Direction Direction { get; }

    /// <summary>Whether the number states a measure or is part of a name or identifier.</summary>
    public QuantityRole Role { get; }

    /// <summary>Whether this and <paramref name="other"/> state the same value in the same measure, whatever the
    /// labels, the wording and the qualifiers (件 vs <c>patents</c>: yes; 元 vs US$: no).</summary>
    public bool HasSameMeasureAs(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Unit.IsSameMeasureAs(other.Unit) && Value == other.Value;
    }

    /// <summary>Whether the two values agree up to the precision each was written with: the finer value, rounded to
    /// the coarser precision, gives the coarser value (45.1 万 and 450,600: yes; 147.26 万 and 1.4736 million: no).</summary>
    public bool AgreesWithinPrecision(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Unit.IsSameMeasureAs(other.Unit))
        {
            return false;
        }

        var coarser = Math.Max(Precision, other.Precision);
        return Math.Abs(Value - other.Value) * 2 <= coarser;
    }

    /// <summary>Whether some true value satisfies both this and <paramref name="other"/>, each read with its
    /// approximation and precision (<c>68 亿余元</c> and <c>more than 6.8 billion RMB</c>: yes; <c>over 300</c> and
    /// <c>nearly 300</c>: no).</summary>
    public bool IsConsistentWith(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Unit.IsSameMeasureAs(other.Unit))
        {
            return false;
        }

        var (low, lowOpen, high, highOpen) = Bounds();
        var (otherLow, otherLowOpen, otherHigh, otherHighOpen) = other.Bounds();
        var start = Math.Max(low, otherLow);
        var end = Math.Min(high, otherHigh);
        if (start < end)
        {
            return true;
        }

        if (start > end)
        {
            return false;
        }

        // The intervals touch at one point: consistent only if both include it.
        var startOpen = (low == start && lowOpen) || (otherLow == start && otherLowOpen);
        var endOpen = (high == end && highOpen) || (otherHigh == end && otherHighOpen);
        return !startOpen && !endOpen;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var label = Unit.Label is { } l ? " " + l : string.Empty;
        var qualifier = Approximation == Approximation.Exact ? string.Empty : Approximation + " ";
        var direction = Direction == Direction.None ? string.Empty : " " + Direction;
        var role = Role == QuantityRole.Measure ? string.Empty : " (" + Role + ")";
        return $"{Text} = {qualifier}{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Unit.Kind}{label}{direction}{role}";
    }

    // The interval of true values this quantity admits. Bounds (more than, up to) are taken at the written value;
    // an exact value allows half its precision either way; nearly and about allow a tenth of the value, the
    // customary reading of 近 / 约 in statistical prose.
    private (decimal Low, bool LowOpen, decimal High, bool HighOpen) Bounds()
    {
        var half = Precision / 2;
        var tenth = Math.Abs(Value) / 10;
        return Approximation switch
        {
            Approximation.MoreThan => (Value, true, decimal.MaxValue, false),
            Approximation.AtLeast => (Value, false, decimal.MaxValue, false),
            Approximation.Nearly => (Value - Math.Max(tenth, half), false, Value, false),
            Approximation.About => (Value - Math.Max(tenth, half), false, Value + Math.Max(tenth, half), false),
            Approximation.UpTo => (decimal.MinValue, false, Value, false),
            Approximation.LessThan => (decimal.MinValue, false, Value, true),
            _ => (Value - half, false, Value + half, false),
        };
    }
}
