using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Where a figure's text stands in its sentence, so that a report can set it off.</summary>
internal static class FigureLocation
{
    /// <summary>The start of the figure's text in <see cref="Figure.Sentence"/>'s text, or -1 when the sentence does
    /// not hold it (a figure recognized in text the sentence normalizes differently).</summary>
    public static int InSentence(Figure figure)
    {
        var text = figure.Sentence.Text;
        var quantity = figure.Quantity;
        var start = quantity.Span.Start - figure.Sentence.Span.Start;
        if (start >= 0 && start + quantity.Text.Length <= text.Length && string.CompareOrdinal(text, start, quantity.Text, 0, quantity.Text.Length) == 0)
        {
            return start;
        }

        return text.IndexOf(quantity.Text, StringComparison.Ordinal);
    }
}
