using System.Collections.Immutable;
using Extract.Documents;
using Extract.Quantities;

namespace Extract.Facts;

/// <summary>Finds the indicator a figure of a sentence stands for, by the catalog names written around it.</summary>
/// <remarks>
/// A name matches a figure when its parts occur in order, those before the figure's mark before it and the others
/// after it, and nothing the indicator could count stands between the figure and the parts next to it: in
/// <c>专利申请量17.36万件,专利授权量10.06万件</c> the name 专利申请量 cannot reach 10.06 万件 across 17.36 万件, but in
/// <c>审查逮捕案件443件959人</c> it reaches 959 人 across 443 件, which counts cases, not people. Of the names that match,
/// the one with a part written closest to the figure wins, then the longest (the most specific): in
/// <c>pre-examination … resulting in more than 300 patents granted</c> both <c>patents granted</c> and the longer
/// pre-examination name touch the figure, and the longer one says what was granted.
/// <para>The words of an English part may be parted in the text by one modifier, never by a function word:
/// <c>valid invention patents</c> matches <c>valid domestic invention patents</c>, not <c>valid and invention
/// patents</c>; <c>patents granted</c> does not match <c>patents were granted</c>. A modifier says whose or which
/// figure it is (China's, foreign, registered), not what it counts, so the indicator stays the same.</para>
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
            foreach (var word in term.Probes)
            {
                if (!sentence.Contains(word, StringComparison.Ordinal))
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
        var bestPlacement = Placement.None;

        // An English count that names what it counts (93 countries, three major systems) is not the figure of a name
        // after it that counts something else: "companies from 93 countries … held valid invention patents" does not
        // count patents. A name before it may still (the number of suspects approved … was 397 persons).
        var counted = language == Language.English && unit is Unit.Count { Noun: { Length: > 2 } noun } ? Stem(noun.ToLowerInvariant()) : null;
        foreach (var term in present)
        {
            if (!term.Indicator.Unit.Admits(unit))
            {
                continue;
            }

            var placement = BestPlacement(term, figure, nameBefore: counted is not null && !Mentions(term, counted));
            if (placement.IsNone)
            {
                continue;
            }

            if (best is null || placement.Nearest < bestPlacement.Nearest
                || (placement.Nearest == bestPlacement.Nearest && (term.Length > best.Length || (term.Length == best.Length && placement.Total < bestPlacement.Total))))
            {
                best = term;
                bestPlacement = placement;
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

            if (FindFirst(phrase, term.Words[0], 0, phrase.Length).Start >= 0)
            {
                best = term;
            }
        }

        return best?.Indicator;
    }

    private static string Stem(string noun) =>
        noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] : noun.EndsWith('s') ? noun[..^1] : noun;

    private static bool Mentions(IndicatorTerm term, string stem)
    {
        foreach (var part in term.Words)
        {
            foreach (var word in part)
            {
                if (word.Contains(stem, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The best placement of the term around the figure allowed by its figure mark, or Placement.None; with
    // nameBefore, only placements with a part of the name before the figure.
    private Placement BestPlacement(IndicatorTerm term, TextSpan figure, bool nameBefore)
    {
        if (term.FigureIndex >= 0)
        {
            return nameBefore && term.FigureIndex == 0 ? Placement.None : Place(term, term.FigureIndex, figure);
        }

        var best = Placement.None;
        for (var split = nameBefore ? 1 : 0; split <= term.Parts.Length; split++)
        {
            var placement = Place(term, split, figure);
            if (placement.Nearest < best.Nearest || (placement.Nearest == best.Nearest && placement.Total < best.Total))
            {
                best = placement;
            }
        }

        return best;
    }

    // Places the term's first `split` parts before the figure and the rest after it, each as near the figure as it
    // can stand.
    private Placement Place(IndicatorTerm term, int split, TextSpan figure)
    {
        var total = 0;
        var nearest = int.MaxValue;
        var position = figure.Start;
        for (var i = split - 1; i >= 0; i--)
        {
            var (found, end) = FindLast(text, term.Words[i], 0, position);
            if (found < 0)
            {
                return Placement.None;
            }

            if (i == split - 1)
            {
                var distance = figure.Start - end;
                total += distance;
                nearest = distance;
                if (Blocked(term.Indicator.Unit, end, figure.Start, figure) || CloserFigure(term.Indicator.Unit, found, end, distance, figure))
                {
                    return Placement.None;
                }
            }

            position = found;
        }

        position = figure.End;
        for (var i = split; i < term.Parts.Length; i++)
        {
            var (found, end) = FindFirst(text, term.Words[i], position, text.Length);
            if (found < 0)
            {
                return Placement.None;
            }

            if (i == split)
            {
                var distance = found - figure.End;
                total += distance;
                nearest = Math.Min(nearest, distance);
                if (Blocked(term.Indicator.Unit, figure.End, found, figure) || CloserFigure(term.Indicator.Unit, found, end, distance, figure))
                {
                    return Placement.None;
                }
            }

            position = end;
        }

        return total <= maxGap ? new Placement(nearest, total) : Placement.None;
    }

    // The first occurrence of a part's words in text[from, to): its start and end, or (-1, -1).
    private static (int Start, int End) FindFirst(string text, ImmutableArray<string> words, int from, int to)
    {
        var first = words[0];
        var offset = from;
        while (offset < to)
        {
            var found = text.AsSpan(offset, to - offset).IndexOf(first, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var start = offset + found;
            var end = Extend(text, words, start + first.Length, to);
            if (end >= 0)
            {
                return (start, end);
            }

            offset = start + 1;
        }

        return (-1, -1);
    }

    // The last occurrence of a part's words that ends by `to` in text[from, to): its start and end, or (-1, -1).
    private static (int Start, int End) FindLast(string text, ImmutableArray<string> words, int from, int to)
    {
        var first = words[0];
        var limit = to;
        while (limit - from >= first.Length)
        {
            var found = text.AsSpan(from, limit - from).LastIndexOf(first, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var start = from + found;
            var end = Extend(text, words, start + first.Length, to);
            if (end >= 0)
            {
                return (start, end);
            }

            // Look again for an occurrence starting before this one.
            limit = start + first.Length - 1;
        }

        return (-1, -1);
    }

    // Where the words after the first end when they follow `position`, each after white space and at most one
    // modifier; -1 when they do not.
    private static int Extend(string text, ImmutableArray<string> words, int position, int to)
    {
        for (var k = 1; k < words.Length; k++)
        {
            var word = words[k];
            var next = SkipSpaces(text, position, to);
            if (next == position)
            {
                return -1;
            }

            if (!text.AsSpan(next, to - next).StartsWith(word, StringComparison.Ordinal))
            {
                var modifierEnd = next;
                while (modifierEnd < to && (char.IsLetterOrDigit(text[modifierEnd]) || text[modifierEnd] == '-'))
                {
                    modifierEnd++;
                }

                var after = SkipSpaces(text, modifierEnd, to);
                if (modifierEnd == next || after == modifierEnd || IsFunctionWord(text.AsSpan(next, modifierEnd - next))
                    || !text.AsSpan(after, to - after).StartsWith(word, StringComparison.Ordinal))
                {
                    return -1;
                }

                next = after;
            }

            position = next + word.Length;
        }

        return position;
    }

    // Words that join or govern rather than qualify: one of them between two words of a name breaks the name.
    private static bool IsFunctionWord(ReadOnlySpan<char> word) => word is
        "a" or "an" or "the" or "of" or "in" or "on" or "at" or "by" or "for" or "to" or "from" or "with" or "and" or "or"
        or "as" or "than" or "per" or "is" or "are" or "was" or "were" or "be" or "been" or "being" or "has" or "have"
        or "had" or "will" or "would" or "that" or "which" or "who" or "its" or "their" or "this" or "these" or "those"
        or "it" or "not" or "no" or "each" or "all";

    private static int SkipSpaces(string text, int position, int to)
    {
        while (position < to && text[position] == ' ')
        {
            position++;
        }

        return position;
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

    // Where a name stands around a figure: the distance of its nearest part, and the distances of the parts next to
    // the figure on either side added up.
    private readonly record struct Placement(int Nearest, int Total)
    {
        public static Placement None => new(int.MaxValue, int.MaxValue);

        public bool IsNone => Nearest == int.MaxValue;
    }
}
