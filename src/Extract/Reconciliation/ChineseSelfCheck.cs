using Extract.Quantities;
using Extract.Sentences;

namespace Extract.Reconciliation;

/// <summary>Finds where the Chinese edition contradicts itself, so that a discrepancy there points at the Chinese
/// rather than at the translation: a part stated after 其中 that exceeds every total stated before it in the same
/// sentence (专利授权量 15.08 万件,其中发明专利 50.7 万件).</summary>
/// <remarks>Only this cheap check is made. Growth rates of a 分别 statement cannot be checked against the totals of
/// the same passage, since the passage does not state the previous year's figures.</remarks>
internal static class ChineseSelfCheck
{
    private const string Among = "其中";

    /// <summary>The Chinese figures that take part in a contradiction, each with a sentence saying what it is.</summary>
    public static Dictionary<Figure, string> Contradictions(IEnumerable<Figure> chinese)
    {
        var found = new Dictionary<Figure, string>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in chinese.GroupBy<Figure, Sentence>(f => f.Sentence, ReferenceEqualityComparer.Instance))
        {
            var text = sentence.Key;
            var at = text.Text.IndexOf(Among, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var split = text.Span.Start + at;
            var measures = sentence.Where(f => f.Quantity.Role == QuantityRole.Measure && f.Quantity.Unit.Kind is UnitKind.Count or UnitKind.Money).ToList();
            foreach (var part in measures.Where(f => f.Quantity.Span.Start > split))
            {
                var totals = measures.Where(f => f.Quantity.Span.Start < split && f.Quantity.Unit.IsSameMeasureAs(part.Quantity.Unit)).ToList();
                var largest = totals.MaxBy(f => f.Quantity.Value);
                if (largest is not null && part.Quantity.Value > largest.Quantity.Value)
                {
                    var note = $"“{part.Quantity.Text}”, given after 其中 as a part, exceeds “{largest.Quantity.Text}”, the total it belongs to";
                    found.TryAdd(part, note);
                    found.TryAdd(largest, note);
                }
            }
        }

        return found;
    }
}
