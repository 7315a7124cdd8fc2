namespace Extract.Reconciliation;

/// <summary>The text of a figure's sentence just before and just after it: where the words that qualify a figure
/// stand (至少, 病例, <c>over</c>, 来).</summary>
internal static class FigureText
{
    /// <summary>Up to <paramref name="reach"/> characters before the figure, trailing blanks removed.</summary>
    public static string Before(Figure figure, int reach)
    {
        var text = figure.Sentence.Text;
        var start = Math.Clamp(figure.Quantity.Span.Start - figure.Sentence.Span.Start, 0, text.Length);
        return text[Math.Max(0, start - reach)..start].TrimEnd(' ');
    }

    /// <summary>Up to <paramref name="reach"/> characters after the figure.</summary>
    public static string After(Figure figure, int reach)
    {
        var text = figure.Sentence.Text;
        var end = Math.Clamp(figure.Quantity.Span.End - figure.Sentence.Span.Start, 0, text.Length);
        return text[end..Math.Min(text.Length, end + reach)];
    }
}
