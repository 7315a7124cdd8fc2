using System.Globalization;
using Extract.Documents;
using Extract.Facts;
using Extract.Quantities;

namespace Extract.Store;

/// <summary>A fact as a store keeps it: the figure, its precision and approximation, period, change, subject and
/// sentence, with the document it comes from. Checks work on these, whether read from a file or from a store.</summary>
/// <param name="Document">The document the fact was read from.</param>
/// <param name="Language">The edition the fact stands in.</param>
/// <param name="IndicatorId">The indicator's id, when the catalog knows the figure.</param>
/// <param name="Label">The words that name the figure.</param>
/// <param name="Value">The figure's value, exactly.</param>
/// <param name="Precision">The place value of its last written digit (100 for 278,700; 0.1 for 57.9).</param>
/// <param name="Approximation">How the written value relates to the true one (<c>over</c>, 近, 约).</param>
/// <param name="Measure">What the value measures, as a key two comparable figures share: <c>count</c>,
/// <c>money:CNY</c>, <c>rate:10000</c>, <c>percent</c>, <c>duration:Month</c>.</param>
/// <param name="QuantityText">The figure as written.</param>
/// <param name="Period">The time the figure holds for.</param>
/// <param name="PeriodOrigin">Where the period comes from.</param>
/// <param name="Change">How the figure moved, when the text says.</param>
/// <param name="Subject">Who the figure is about, when not the document's own.</param>
/// <param name="Qualifiers">How the figure was counted (其中, 累计, 共, 新增).</param>
/// <param name="Sentence">The sentence the figure stands in.</param>
/// <param name="SentenceStart">Where the sentence starts in the document's text.</param>
/// <param name="Start">Where the figure starts in the document's text.</param>
/// <param name="Length">The length of the figure's text.</param>
public sealed record StoredFact(
    StoredDocument Document,
    Language Language,
    string? IndicatorId,
    string Label,
    decimal Value,
    decimal Precision,
    Approximation Approximation,
    string Measure,
    string QuantityText,
    Period? Period,
    PeriodOrigin? PeriodOrigin,
    StoredChange? Change,
    string? Subject,
    FactQualifiers Qualifiers,
    string Sentence,
    int SentenceStart,
    int Start,
    int Length)
{
    /// <summary>The fact of <paramref name="document"/> as a store keeps it.</summary>
    public static StoredFact From(Fact fact, StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(document);
        var change = fact.Change is { } c
            ? new StoredChange(c.Value, c.Amount.Precision, c.Unit, c.Direction, c.Basis)
            : null;
        return new StoredFact(
            document,
            fact.Language,
            fact.IndicatorId,
            fact.Label,
            fact.Value,
            fact.Quantity.Precision,
            fact.Quantity.Approximation,
            MeasureOf(fact.Quantity.Unit),
            fact.Quantity.Text,
            fact.Period,
            fact.PeriodOrigin,
            change,
            fact.Subject,
            fact.Qualifiers,
            fact.Sentence.Text,
            fact.Sentence.Span.Start,
            fact.Span.Start,
            fact.Span.Length);
    }

    /// <summary>The key of what <paramref name="unit"/> measures: two figures compare only when their keys are equal,
    /// as <see cref="Unit.IsSameMeasureAs"/> decides (a count is a count whatever its classifier; yuan are not dollars).</summary>
    public static string MeasureOf(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var kind = unit.Kind.ToString().ToLowerInvariant();
        return unit switch
        {
            Unit.Money money => kind + ":" + money.Currency,
            Unit.RatePer rate => kind + ":" + rate.Per.ToString(CultureInfo.InvariantCulture),
            Unit.Duration duration => kind + ":" + duration.TimeUnit,
            _ => kind,
        };
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{IndicatorId ?? "\"" + Label + "\""} = {QuantityText} ({Period}) in {Document.Name}";
}
