using Extract.Quantities;

namespace Extract.Reconciliation;

/// <summary>Pairs the figures left without an agreeing partner, on both sides of one sentence link or passage, into
/// candidate disagreements: two figures are the two sides of one error only when the evidence says so.</summary>
/// <remarks>
/// Two kinds of evidence count. Related values (a digit slip, a power of ten, the same digits or the same value in
/// another unit: 147.26 万 and 1.4736 million) pair wherever they stand in the scope. Unrelated values (14 and 6)
/// pair only when they hold the same place: between the same two agreeing figures on both sides, the way a reviewer
/// reads a translation against its original. Anything else — a figure dropped from one sentence and a different one
/// added to the next — is an omission and an addition, not a wrong value.
/// </remarks>
internal static class LeftoverPairing
{
    /// <summary>The candidate pairs among <paramref name="chinese"/> and <paramref name="english"/>; the figures paired
    /// are removed from both lists.</summary>
    /// <param name="scope">All figures of the scope on both sides, in order, paired or not.</param>
    /// <param name="chinese">The Chinese figures of the scope left unpaired.</param>
    /// <param name="english">The English figures of the scope left unpaired.</param>
    /// <param name="partners">Every pair made so far, both ways.</param>
    public static List<CandidatePair> Pair(ScopeFigures scope, List<Figure> chinese, List<Figure> english, Partners partners)
    {
        var found = new List<CandidatePair>();

        // Related values first: they are the stronger evidence, and must not lose their partner to a mere neighbour.
        PairWhere(chinese, english, found, (zh, en) => DiscrepancyClassifier.AreRelated(zh.Quantity, en.Quantity));

        // An agreeing pair marks a place only when both its figures are in the scope; it is named by its Chinese figure.
        var zhInScope = new HashSet<Figure>(scope.Chinese, ReferenceEqualityComparer.Instance);
        var enInScope = new HashSet<Figure>(scope.English, ReferenceEqualityComparer.Instance);
        Figure? ChineseAnchor(Figure f) => partners.OfChinese(f) is { } en && enInScope.Contains(en) ? f : null;
        Figure? EnglishAnchor(Figure f) => partners.OfEnglish(f) is { } zh && zhInScope.Contains(zh) ? zh : null;
        var zhPlaces = Places(chinese, scope.Chinese, ChineseAnchor);
        var enPlaces = Places(english, scope.English, EnglishAnchor);
        var samePlace = new List<CandidatePair>();
        PairWhere(chinese, english, samePlace, (zh, en) => zhPlaces[zh] == enPlaces[en]);

        // A pair with no agreeing figure on either side of it, or in a link the aligner itself doubts, is a guess:
        // nothing else to go by. It is still reported, with less confidence.
        found.AddRange(samePlace.Select(p => scope.Doubtful || zhPlaces[p.Chinese] == Place.Lone ? p with { Anchored = false } : p));

        // A translator may turn a clause round (批准逮捕 356 件 697 人: 697 suspects from 356 cases): figures beside a
        // common agreeing figure, on either side of it, are one error when they count the same kind of thing (人 and
        // suspects). Without that, a figure dropped before an agreeing one and another added after it are just that.
        PairWhere(chinese, english, found, (zh, en) => zhPlaces[zh].Touches(enPlaces[en]) && CountedThings.Same(zh.Quantity, en.Quantity));
        return found;
    }

    private static void PairWhere(List<Figure> chinese, List<Figure> english, List<CandidatePair> found, Func<Figure, Figure, bool> belong)
    {
        // Scopes of ordinary size are searched whole. In a huge one (a segment of thousands of figures) a figure's
        // partner is looked for near where it stands, in proportion, so that the work stays linear in the figures.
        var whole = (long)chinese.Count * english.Count <= MaxComparisons;
        for (var i = 0; i < chinese.Count; i++)
        {
            var zh = chinese[i];
            if (IsWeak(zh.Quantity))
            {
                continue;
            }

            var (from, to) = whole ? (0, english.Count) : Window(i, chinese.Count, english.Count);
            var at = -1;
            for (var k = from; k < to; k++)
            {
                var en = english[k];
                if (!IsWeak(en.Quantity) && DiscrepancyClassifier.AreComparable(zh.Quantity, en.Quantity) && belong(zh, en))
                {
                    at = k;
                    break;
                }
            }

            if (at < 0)
            {
                continue;
            }

            found.Add(new CandidatePair(zh, english[at], Anchored: true));
            english.RemoveAt(at);
            chinese.RemoveAt(i--);
        }
    }

    // Pairs compared in a scope before the search narrows to a window around each figure's place.
    private const long MaxComparisons = 250_000;
    private const int WindowHalf = 256;

    private static (int From, int To) Window(int index, int count, int otherCount)
    {
        var middle = (int)((long)index * otherCount / Math.Max(1, count));
        return (Math.Max(0, middle - WindowHalf), Math.Min(otherCount, middle + WindowHalf));
    }

    // The agreeing figures just before and just after each leftover figure, found in one pass each way over its side.
    private static Dictionary<Figure, Place> Places(List<Figure> leftovers, IReadOnlyList<Figure> side, Func<Figure, Figure?> anchorOf)
    {
        var anchors = new Figure?[side.Count];
        var index = new Dictionary<Figure, int>(side.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < side.Count; i++)
        {
            anchors[i] = anchorOf(side[i]);
            index.TryAdd(side[i], i);
        }

        var before = new Figure?[side.Count];
        var after = new Figure?[side.Count];
        for (var i = 1; i < side.Count; i++)
        {
            before[i] = anchors[i - 1] ?? before[i - 1];
        }

        for (var i = side.Count - 2; i >= 0; i--)
        {
            after[i] = anchors[i + 1] ?? after[i + 1];
        }

        // A figure not found on its side has no anchor before it; the first of the side's anchors is after it.
        var first = side.Count == 0 ? null : anchors[0] ?? after[0];
        var places = new Dictionary<Figure, Place>(leftovers.Count, ReferenceEqualityComparer.Instance);
        foreach (var figure in leftovers)
        {
            places[figure] = index.TryGetValue(figure, out var at) ? new Place(before[at], after[at]) : new Place(null, first);
        }

        return places;
    }

    /// <summary>"One" and 两 written as words are as often determiners and set phrases (in one entity, 两级) as
    /// figures: too weak to stand for a disagreement on their own.</summary>
    public static bool IsWeak(Quantity quantity) =>
        (quantity.Unit.Kind == UnitKind.Count && quantity.Form != NumberForm.Digits && quantity.Value <= 2) || IsOrderOfMagnitude(quantity);

    /// <summary>数百, 上百万, <c>hundreds of</c>, <c>tens of thousands</c>: an order of magnitude in words, about its
    /// scale word and no more precise than it; translators render it freely, or not at all.</summary>
    public static bool IsOrderOfMagnitude(Quantity quantity) =>
        quantity.Form != NumberForm.Digits && quantity.Approximation == Approximation.About && quantity.Value == quantity.Precision && quantity.Value >= 10;

    private sealed record Place(Figure? Before, Figure? After)
    {
        public static readonly Place Lone = new(null, null);

        /// <summary>Whether the two places share an agreeing figure, whichever side of it they stand.</summary>
        public bool Touches(Place other) =>
            (Before is not null && (ReferenceEquals(Before, other.Before) || ReferenceEquals(Before, other.After)))
            || (After is not null && (ReferenceEquals(After, other.After) || ReferenceEquals(After, other.Before)));

        public bool Equals(Place? other) => other is not null && ReferenceEquals(Before, other.Before) && ReferenceEquals(After, other.After);

        public override int GetHashCode() => HashCode.Combine(Before is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Before), After is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(After));
    }
}

/// <summary>Two unpaired figures taken for the two sides of one discrepancy.</summary>
/// <param name="Chinese">The Chinese figure.</param>
/// <param name="English">The English figure.</param>
/// <param name="Anchored">Whether the evidence is firm (related values, or a place fixed by agreeing neighbours).</param>
internal sealed record CandidatePair(Figure Chinese, Figure English, bool Anchored);

/// <summary>The figures of one scope (a sentence link or a passage), in order, on both sides.</summary>
/// <param name="Chinese">The Chinese figures.</param>
/// <param name="English">The English figures.</param>
/// <param name="Doubtful">Whether the aligner found the link unlikely (its lengths disagree and it shares no number).</param>
internal sealed record ScopeFigures(IReadOnlyList<Figure> Chinese, IReadOnlyList<Figure> English, bool Doubtful = false);
