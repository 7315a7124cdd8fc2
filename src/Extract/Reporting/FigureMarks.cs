using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>How the HTML page marks each figure of one edition: its id (<c>zh-1234</c>, from where it starts in the
/// edition's text, so unique), whether it matched, and the first discrepancy written that involves it.</summary>
internal sealed class FigureMarks
{
    private readonly Dictionary<int, Mark> _marks = [];

    public FigureMarks(string prefix, IEnumerable<Figure> figures, IEnumerable<Figure> matched, IReadOnlyList<Discrepancy> discrepancies, Func<Discrepancy, Figure?> side)
    {
        Prefix = prefix;
        foreach (var figure in figures)
        {
            _marks.TryAdd(figure.Quantity.Span.Start, new Mark(figure, IdOf(figure), false, -1));
        }

        foreach (var figure in matched)
        {
            if (_marks.TryGetValue(figure.Quantity.Span.Start, out var mark))
            {
                _marks[mark.Figure.Quantity.Span.Start] = mark with { Matched = true };
            }
        }

        for (var i = discrepancies.Count - 1; i >= 0; i--)
        {
            if (side(discrepancies[i]) is { } figure)
            {
                var start = figure.Quantity.Span.Start;
                _marks[start] = (_marks.TryGetValue(start, out var mark) ? mark : new Mark(figure, IdOf(figure), false, -1)) with { Discrepancy = i };
            }
        }

        InOrder = [.. _marks.Values.OrderBy(m => m.Figure.Quantity.Span.Start)];
    }

    /// <summary><c>zh</c> or <c>en</c>.</summary>
    public string Prefix { get; }

    /// <summary>Every mark, by where its figure starts.</summary>
    public Mark[] InOrder { get; }

    /// <summary>The ids of the marks the side-by-side view actually placed: only those can be linked to.</summary>
    public HashSet<string> Placed { get; } = new(StringComparer.Ordinal);

    public string IdOf(Figure figure) => $"{Prefix}-{figure.Quantity.Span.Start}";

    /// <summary>The index in <see cref="InOrder"/> of the first mark starting at or after <paramref name="offset"/>.</summary>
    public int FirstAtOrAfter(int offset)
    {
        int low = 0, high = InOrder.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (InOrder[middle].Figure.Quantity.Span.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A figure as the page marks it.</summary>
    /// <param name="Figure">The figure.</param>
    /// <param name="Id">Its element id.</param>
    /// <param name="Matched">Whether it found its counterpart.</param>
    /// <param name="Discrepancy">The index of the first discrepancy written that involves it, or -1.</param>
    internal readonly record struct Mark(Figure Figure, string Id, bool Matched, int Discrepancy);
}
