using Extract.Documents;
using Extract.Quantities;

namespace Extract.Facts;

/// <summary>Finds the indicator a figure of a sentence stands for, by the catalog names written around it.</summary>
/// <remarks>
/// A name matches a figure when its parts occur in order, those before the figure's mark before it and the others
/// after it, and nothing the indicator could count stands between the figure and the parts next to it: in
/// <c>专利申请量17.36万件,专利授权量10.06万件</c> the name 专利申请量 cannot reach 10.06 万件 across 17.36 万件, but in
/// <c>审查逮捕案件443件959人</c> it reaches 959 人 across 443 件, which counts cases, not people. Of the names that match,
/// the one written closest to the figure wins, then the longest (the most specific).
/// </remarks>
internal sealed class IndicatorMatcher
{
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",，;；。:：");

    private readonly Language language;
    private readonly int maxGap;
    private readonly List<IndicatorTerm> present = [];
    private string text = string.Empty;
    private IReadOnlyList<(TextSpan Span, Unit Unit)> figures = [];

    public IndicatorMatcher(IndicatorCatalog catalog, Language language)
    {
        Catalog = catalog;
        this.language = language;

        // How far (in characters) a name may stand from its figure: a Chinese clause is short, an English one long.
        maxGap = language == Language.English ? 80 : 16;
    }

    public IndicatorCatalog Catalog { get; }

    /// <summary>Prepares for the figures of one text: keeps only the names all of whose parts occur in it.</summary>
    /// <param name="sentence">The text, spans relative to its start.</param>
    /// <param name="sentenceFigures">Every figure of the text (spans relative to its start), in order.</param>
    public void Start(string sentence, IReadOnlyList<(TextSpan Span, Unit Unit)> sentenceFigures)
    {
        // English names match whatever the case: compare against a lower-cased copy (same length, same offsets),
        // which lets every search below run ordinal and vectorized.
        sentence = language == Language.English ? sentence.ToLowerInvariant() : sentence;
        text = sentence;
        figures = sentenceFigures;
        present.Clear();
        foreach (var term in Catalog.Terms(language))
        {
            var all = true;
            foreach (var part in term.Parts)
            {
                if (!sentence.Contains(part, StringComparison.Ordinal))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                present.Add(term);
            }
        }
    }

    /// <summary>The best indicator for the figure at <paramref name="figure"/>, of unit <paramref name="unit"/>, or
    /// <see langword="null"/>.</summary>
    public Indicator? Match(TextSpan figure, Unit unit)
    {
        IndicatorTerm? best = null;
        var bestGap = int.MaxValue;
        foreach (var term in present)
        {
            if (!term.Indicator.Unit.Admits(unit))
            {
                continue;
            }

            var gap = BestGap(term, figure, 0, text.Length);
            if (gap < bestGap || (gap == bestGap && best is not null && term.Length > best.Length))
            {
                best = term;
                bestGap = gap;
            }
        }

        return best?.Indicator;
    }

    /// <summary>The indicator whose name best covers <paramref name="phrase"/>, a conjunct of a coordinated subject
    /// (发明专利授权量, <c>patents granted</c>) read apart from its figure: the longest name found in it.</summary>
    public Indicator? MatchPhrase(string phrase, Unit unit)
    {
        phrase = language == Language.English ? phrase.ToLowerInvariant() : phrase;
        IndicatorTerm? best = null;
        foreach (var term in Catalog.Terms(language))
        {
            if (term.Parts.Length != 1 || !term.Indicator.Unit.Admits(unit) || (best is not null && term.Length <= best.Length))
            {
                continue;
            }

            if (phrase.Contains(term.Parts[0], StringComparison.Ordinal))
            {
                best = term;
            }
        }

        return best?.Indicator;
    }

    // The smallest distance between the figure and the parts next to it over the placements of the term allowed by
    // its figure mark, or int.MaxValue when it cannot be placed.
    private int BestGap(IndicatorTerm term, TextSpan figure, int windowStart, int windowEnd)
    {
        if (term.FigureIndex >= 0)
        {
            return Gap(term, term.FigureIndex, figure, windowStart, windowEnd);
        }

        var best = int.MaxValue;
        for (var split = 0; split <= term.Parts.Length; split++)
        {
            best = Math.Min(best, Gap(term, split, figure, windowStart, windowEnd));
        }

        return best;
    }

    private int Gap(IndicatorTerm term, int split, TextSpan figure, int windowStart, int windowEnd)
    {
        var gap = 0;
        var position = figure.Start;
        for (var i = split - 1; i >= 0; i--)
        {
            var part = term.Parts[i];
            var found = text.AsSpan(windowStart, position - windowStart).LastIndexOf(part, StringComparison.Ordinal);
            if (found < 0)
            {
                return int.MaxValue;
            }

            found += windowStart;
            if (i == split - 1)
            {
                var distance = figure.Start - (found + part.Length);
                gap += distance;
                if (Blocked(term.Indicator.Unit, found + part.Length, figure.Start, figure) || CloserFigure(term.Indicator.Unit, found, found + part.Length, distance, figure))
                {
                    return int.MaxValue;
                }
            }

            position = found;
        }

        position = figure.End;
        for (var i = split; i < term.Parts.Length; i++)
        {
            var part = term.Parts[i];
            var found = text.AsSpan(position, windowEnd - position).IndexOf(part, StringComparison.Ordinal);
            if (found < 0)
            {
                return int.MaxValue;
            }

            found += position;
            if (i == split)
            {
                var distance = found - figure.End;
                gap += distance;
                if (Blocked(term.Indicator.Unit, figure.End, found, figure) || CloserFigure(term.Indicator.Unit, found, found + part.Length, distance, figure))
                {
                    return int.MaxValue;
                }
            }

            position = found + part.Length;
        }

        return gap <= maxGap ? gap : int.MaxValue;
    }

    // Whether another figure the indicator could count stands closer to the part at [start, end) than the figure
    // does, in the same phrase: then the part names that figure (1,000 foreign trademark infringement cases and …
    // 60 administrative cases).
    private bool CloserFigure(IndicatorUnit unit, int start, int end, int distance, TextSpan self)
    {
        foreach (var (span, other) in figures)
        {
            if (span == self || !unit.Admits(other))
            {
                continue;
            }

            // A clause or phrase break between the other figure and the part keeps them apart (132处,收缴非法图书;
            // 13 … websites, deleted 2,458).
            var (from, to) = span.End <= start ? (span.End, start) : span.Start >= end ? (end, span.Start) : (start, start);
            if (to - from < distance && text.AsSpan(from, to - from).IndexOfAny(Breaks) < 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a figure the indicator could count stands in [start, end), so that the name belongs to that figure.
    private bool Blocked(IndicatorUnit unit, int start, int end, TextSpan self)
    {
        foreach (var (span, other) in figures)
        {
            if (span != self && span.Start >= start && span.End <= end && unit.Admits(other))
            {
                return true;
            }
        }

        return false;
    }
}
