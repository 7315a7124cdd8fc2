using System.Collections.Immutable;
using Extract.Documents;

namespace Extract.Quantities;

/// <summary>What a scanner collects over one text: the quantities found, the state a clause carries forward (a change
/// verb, a "per 10,000 people"), and the number of steps taken, which tests bound to prove linear time.</summary>
internal sealed class ScanResult(string text, int offset)
{
    private readonly ImmutableArray<Quantity>.Builder _quantities = ImmutableArray.CreateBuilder<Quantity>();

    /// <summary>The text scanned.</summary>
    public string Text { get; } = text;

    /// <summary>Where the text starts in its document: added to every span.</summary>
    public int Offset { get; } = offset;

    /// <summary>Characters examined so far, over every pass: a measure of work independent of the clock.</summary>
    public long Steps;

    /// <summary>The direction of the change verb last seen in the current clause.</summary>
    public Direction ClauseDirection { get; set; }

    /// <summary>The number of people of a pending "per N people" (每万人口 before the value), for the current clause.</summary>
    public decimal? PendingRatePer { get; set; }

    private int _clauseStart;

    /// <summary>Whether the last quantity found belongs to the current clause.</summary>
    public bool LastInClause => _quantities.Count > _clauseStart;

    /// <summary>The quantities found so far.</summary>
    public int Count => _quantities.Count;

    /// <summary>The last quantity found.</summary>
    public Quantity Last => _quantities[^1];

    /// <summary>Forgets what the clause carried (at a comma, a semicolon, a full stop).</summary>
    public void EndClause()
    {
        ClauseDirection = Direction.None;
        PendingRatePer = null;
        _clauseStart = _quantities.Count;
    }

    /// <summary>Records a quantity read from <c>[start, end)</c>; a measure takes <paramref name="direction"/>, a percentage
    /// without one the clause's direction, and a count the pending rate.</summary>
    public void Add(int start, int end, decimal value, decimal precision, Unit unit, NumberForm form,
        Approximation approximation = Approximation.Exact, QuantityRole role = QuantityRole.Measure, Direction? direction = null)
    {
        // A percentage is a change whenever its clause has a change verb; any other measure only when its caller read
        // the change stated right before it (an increase of 31,000).
        var isChange = unit.Kind is UnitKind.Percent or UnitKind.PercentagePoints;
        var changeDirection = role != QuantityRole.Measure ? Direction.None : direction ?? (isChange ? ClauseDirection : Direction.None);
        if (PendingRatePer is { } per && unit is Unit.Count count && role == QuantityRole.Measure)
        {
            unit = new Unit.RatePer(per, count.Classifier, count.Noun);
            PendingRatePer = null;
        }

        _quantities.Add(new Quantity(Decimals.Normalize(value), Decimals.Normalize(precision), unit, Text[start..end],
            new TextSpan(start + Offset, end - start), form, approximation, changeDirection, role));
    }

    /// <summary>The state to go back to should what is read next turn out to be no figure.</summary>
    public Mark Save() => new(_quantities.Count, _clauseStart, ClauseDirection, PendingRatePer);

    /// <summary>Forgets whatever was recorded since <paramref name="mark"/> was saved.</summary>
    public void Restore(Mark mark)
    {
        _quantities.Count = mark.Count;
        _clauseStart = mark.ClauseStart;
        ClauseDirection = mark.ClauseDirection;
        PendingRatePer = mark.PendingRatePer;
    }

    /// <summary>Reads a figure with <paramref name="scan"/> from <paramref name="start"/>; a figure whose value goes
    /// beyond what a decimal holds (a run of thirty digits, times 万亿) is no figure: nothing of it is recorded, and
    /// the scan goes on after its digits, letters and numerals.</summary>
    public int WithinRange(int start, Func<ScanResult, int, int> scan)
    {
        var mark = Save();
        try
        {
            return scan(this, start);
        }
        catch (OverflowException)
        {
            Restore(mark);
            var end = start + 1;
            while (end < Text.Length && (char.IsAsciiLetterOrDigit(Text[end]) || DigitNumber.IsDigit(Text[end]) || ChineseNumeral.IsNumeral(Text[end]) || Text[end] is '.' or ',' or '，' or '．'))
            {
                end++;
            }

            return end;
        }
    }

    /// <summary>What <see cref="Save"/> keeps.</summary>
    public readonly record struct Mark(int Count, int ClauseStart, Direction ClauseDirection, decimal? PendingRatePer);

    /// <summary>Replaces the last quantity (to attach a rate or noun read after it).</summary>
    public void ReplaceLast(Quantity quantity) => _quantities[^1] = quantity;

    /// <summary>The quantities, in order.</summary>
    public ImmutableArray<Quantity> ToImmutable() => _quantities.DrainToImmutable();
}
