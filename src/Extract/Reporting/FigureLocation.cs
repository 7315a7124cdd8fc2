using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Where a figure's text stands in its sentence, so that a report can set it off.</summary>
internal static class FigureLocation
{
    /// <summary>The most of a sentence a report shows beside a figure: a longer sentence (text without full stops,
    /// a table run together) is cut to this much around the figure, so that a report grows with its findings, not
    /// with findings times sentence length.</summary>
    public const int MaxContext = 400;

    /// <summary>The figure's sentence, cut to <see cref="MaxContext"/> characters around the figure when longer
    /// (with "…" where it is cut), and where the figure starts in it (-1 when the sentence does not hold it).</summary>
    public static (string Text, int Start) Context(Figure figure)
    {
        var text = figure.Sentence.Text;
        var start = InSentence(figure);
        if (text.Length <= MaxContext)
        {
            return (text, start);
        }

        var middle = (start < 0 ? 0 : start) + (figure.Quantity.Text.Length / 2);
        var from = Math.Clamp(middle - (MaxContext / 2), 0, text.Length - MaxContext);
        var to = from + MaxContext;
        // Cut at a space near the edge where there is one, and never inside a surrogate pair.
        var space = text.IndexOf(' ', from, Math.Min(20, to - from));
        from = from > 0 && space >= 0 && (start < 0 || space < start) ? space + 1 : from;
        var back = text.LastIndexOf(' ', to - 1, Math.Min(20, to - from));
        to = to < text.Length && back > from && (start < 0 || back >= start + figure.Quantity.Text.Length) ? back : to;
        if (from > 0 && char.IsLowSurrogate(text[from]))
        {
            from++;
        }

        if (to < text.Length && char.IsLowSurrogate(text[to]))
        {
            to--;
        }

        var head = from > 0 ? "…" : string.Empty;
        var excerpt = head + text[from..to] + (to < text.Length ? "…" : string.Empty);
        return (excerpt, start < 0 || start < from || start + figure.Quantity.Text.Length > to ? -1 : start - from + head.Length);
    }

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
