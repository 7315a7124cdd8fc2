using System.Collections.Immutable;
using System.Globalization;
using Extract.Documents;
using Extract.Facts;
using Extract.Reconciliation;
using Extract.Store;

namespace Extract.Checks;

/// <summary>Checks facts against each other the way a reviewer of an official report does, beyond whether two
/// editions agree: growth rates against last year's figures, parts against totals, a figure restated differently by
/// another document.</summary>
/// <remarks>Every comparison is interval arithmetic over written precision: a relation is inconsistent only when no
/// true values inside every figure's rounding (and the rate's own) satisfy it, so rounding never raises an alarm.</remarks>
public sealed class FactChecker
{
    private static readonly string[] ShareWords = ["占", "比重", "比例", "share", "account", "proportion"];

    /// <summary>The default <see cref="TimeLimit"/>: five minutes.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>How long one <see cref="Check"/> may run before it stops with <see cref="TimeLimitExceededException"/>;
    /// <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is zero or negative.</exception>
    public TimeSpan? TimeLimit
    {
        get;
        init => field = TimeBudget.Validate(value, nameof(TimeLimit));
    } = DefaultTimeLimit;

    /// <summary>Checks <paramref name="facts"/> (the documents under review) against themselves and
    /// <paramref name="reference"/> (earlier documents, a store): every comparison made, consistent or not.</summary>
    /// <exception cref="TimeLimitExceededException">The work ran past <see cref="TimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<FactCheck> Check(IReadOnlyList<StoredFact> facts, IReadOnlyList<StoredFact>? reference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var source = facts.Count > 0 ? facts[0].Document.Name : "facts";
        return TimeBudget.Run(TimeLimit, source, "checking the facts", cancellationToken, token =>
        {
            var checkedHashes = facts.Select(f => f.Document.ContentHash).ToHashSet(StringComparer.Ordinal);
            // The store may hold the documents under review: their facts count once, as read now.
            var all = facts.Concat((reference ?? []).Where(f => !checkedHashes.Contains(f.Document.ContentHash))).ToList();
            var results = new List<FactCheck>();
            foreach (var check in Growth(facts, all).Concat(Parts(facts)).Concat(Restatements(facts, all)))
            {
                token.ThrowIfCancellationRequested();
                results.Add(check);
            }

            return results;
        });
    }

    /// <summary>Each stated change against the previous period's value of the same indicator, subject and measure.</summary>
    public IEnumerable<FactCheck> Growth(IReadOnlyList<StoredFact> facts, IReadOnlyList<StoredFact> all)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(all);
        // Facts by indicator, measure and year, and the candidates of each kind of fact kept once: repeated text (one
        // report pasted many times) would otherwise compare every copy with every other.
        var byYear = ByYear(all);
        var cache = new Dictionary<(string, string, Period, string, FactQualifiers), List<StoredFact>>();
        foreach (var fact in facts)
        {
            if (fact is not { Change: { } change, IndicatorId: { } indicatorId, Period: { } period } || !PeriodSteps.HasYearBefore(period))
            {
                continue;
            }

            var key = (indicatorId, fact.Measure, period, Subjects.Key(fact.Subject), fact.Qualifiers & CountingKinds);
            if (!cache.TryGetValue(key, out var earlier))
            {
                cache[key] = earlier = byYear.GetValueOrDefault((indicatorId, fact.Measure, period.LastYear - 1), [])
                    .Where(e => e.Period is { } p && PeriodSteps.IsYearBefore(p, period) && Subjects.Same(e.Subject, fact.Subject) && SameCounting(e, fact))
                    .DistinctBy(e => (e.Value, e.Precision, e.Approximation))
                    .ToList();
            }

            if (earlier.Count == 0)
            {
                continue;
            }

            var stated = ValueInterval.Of(change.SignedValue, change.Precision, Quantities.Approximation.Exact);
            FactCheck? first = null;
            foreach (var previous in earlier)
            {
                if (!CouldBeOnePopulation(fact.Value, previous.Value, change))
                {
                    continue;
                }

                var now = ValueInterval.Of(fact);
                var before = ValueInterval.Of(previous);
                var computed = change.Unit == ChangeUnit.Percent ? now.GrowthFrom(before) : now.Minus(before);
                if (computed is not { } interval)
                {
                    continue;
                }

                var consistent = interval.Overlaps(stated);
                var check = new FactCheck(FactCheckKind.Growth, consistent, consistent ? Severity.Low : Severity.High,
                    [fact, previous], interval, stated, GrowthMessage(fact, previous, change, interval));
                if (consistent)
                {
                    first = check;
                    break;
                }

                first ??= check;
            }

            if (first is not null)
            {
                yield return first;
            }
        }
    }

    /// <summary>Parts against their total within a sentence: a part after 其中, <c>including</c> or <c>of which</c>
    /// larger than the figure before it, parts that together exceed it, shares of one whole above 100%.</summary>
    public IEnumerable<FactCheck> Parts(IReadOnlyList<StoredFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var sentence in facts.GroupBy(f => (f.Document.ContentHash, f.Language, f.SentenceStart)))
        {
            var ordered = sentence.OrderBy(f => f.Start).ToList();
            var groups = new Dictionary<StoredFact, List<StoredFact>>(ReferenceEqualityComparer.Instance);
            var order = new List<StoredFact>();
            for (var i = 0; i < ordered.Count; i++)
            {
                var part = ordered[i];
                if ((part.Qualifiers & FactQualifiers.PartOfPrevious) == 0 || !IsAmount(part))
                {
                    continue;
                }

                // The total is the nearest figure before the part, of the same measure, not itself a part.
                var total = ordered.Take(i).LastOrDefault(t => t.Measure == part.Measure);
                if (total is null || (total.Qualifiers & FactQualifiers.PartOfPrevious) != 0 && !groups.ContainsKey(total))
                {
                    total = ordered.Take(i).LastOrDefault(t => t.Measure == part.Measure && (t.Qualifiers & FactQualifiers.PartOfPrevious) == 0);
                }

                if (total is null)
                {
                    continue;
                }

                if (!groups.TryGetValue(total, out var parts))
                {
                    groups[total] = parts = [];
                    order.Add(total);
                }

                parts.Add(part);
                var whole = ValueInterval.Of(total);
                var one = ValueInterval.Of(part);
                var consistent = !(one.Low is { } low && whole.High is { } high && low > high);
                yield return new FactCheck(FactCheckKind.PartExceedsTotal, consistent, consistent ? Severity.Low : Severity.High,
                    [part, total], whole, one,
                    $"part {part.QuantityText} ({Name(part)}) is {(consistent ? "within" : "larger than")} its total {total.QuantityText} ({Name(total)})");
            }

            foreach (var total in order)
            {
                var parts = groups[total];
                if (parts.Count < 2)
                {
                    continue;
                }

                var sum = Sum(parts);
                var whole = ValueInterval.Of(total);
                var consistent = !(sum.Low is { } low && whole.High is { } high && low > high);
                yield return new FactCheck(FactCheckKind.PartsExceedTotal, consistent, consistent ? Severity.Low : Severity.Medium,
                    [total, .. parts], sum, whole,
                    $"parts {List(parts)} sum to {Format(parts.Sum(p => p.Value))}, {(consistent ? "within" : "more than")} the total {total.QuantityText} ({Name(total)})");
            }

            var shares = ordered.Where(f => f.Measure == "percent" && f.Change is null).ToList();
            if (shares.Count >= 2 && IsShareList(ordered[0].Sentence))
            {
                var sum = Sum(shares);
                var consistent = !(sum.Low is { } low && low > 100);
                yield return new FactCheck(FactCheckKind.SharesExceedWhole, consistent, consistent ? Severity.Low : Severity.Medium,
                    [.. shares], sum, new ValueInterval(0, 100),
                    $"shares {List(shares)} of one whole sum to {Format(shares.Sum(s => s.Value))}%, {(consistent ? "within" : "more than")} 100%");
            }
        }
    }

    /// <summary>Figures of the documents under review that another document gives for the same indicator, subject and
    /// period with a value beyond the rounding of both.</summary>
    public IEnumerable<FactCheck> Restatements(IReadOnlyList<StoredFact> facts, IReadOnlyList<StoredFact> all)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(all);
        var seen = new HashSet<(string, string, string, decimal, decimal)>();
        var byYear = ByYear(all);
        var cache = new Dictionary<(string, string, Period, string, FactQualifiers), List<StoredFact>>();
        foreach (var fact in facts)
        {
            if (fact is not { IndicatorId: { } indicatorId, Period: { } period })
            {
                continue;
            }

            var key = (indicatorId, fact.Measure, period, Subjects.Key(fact.Subject), fact.Qualifiers & CountingKinds);
            if (!cache.TryGetValue(key, out var others))
            {
                // One candidate per document and value is enough: the finding is one per pair of documents and values.
                cache[key] = others = byYear.GetValueOrDefault((indicatorId, fact.Measure, period.LastYear), [])
                    .Where(o => o.Period is { } p && PeriodSteps.IsSameTime(period, p) && Subjects.Same(o.Subject, fact.Subject) && SameCounting(o, fact))
                    .DistinctBy(o => (o.Document.ContentHash, o.Value, o.Precision, o.Approximation))
                    .ToList();
            }

            foreach (var other in others)
            {
                if (other.Document.ContentHash == fact.Document.ContentHash)
                {
                    continue;
                }

                var mine = ValueInterval.Of(fact);
                var theirs = ValueInterval.Of(other);
                if (mine.Overlaps(theirs) || !AreRevisionsOfOneFigure(fact.Value, other.Value))
                {
                    continue;
                }

                // One finding per pair of documents and values, whichever of the two is under review.
                var (a, b) = string.CompareOrdinal(fact.Document.ContentHash, other.Document.ContentHash) < 0 ? (fact, other) : (other, fact);
                if (!seen.Add((fact.IndicatorId, a.Document.ContentHash, b.Document.ContentHash, a.Value, b.Value)))
                {
                    continue;
                }

                yield return new FactCheck(FactCheckKind.Restatement, false, Severity.High, [fact, other], theirs, mine,
                    $"{Name(fact)} ({period}): {fact.QuantityText} in {fact.Document.Name}, {other.QuantityText} in {other.Document.Name}, beyond the rounding of either");
            }
        }
    }

    // A document does not say which place it reports on when its figures name none: the national briefing's 406,000
    // invention patents and the city's 44,300 are one indicator of two populations. A revision of a figure stays
    // within a quarter of it, so values further apart are taken for different populations, not a restatement.
    private static bool AreRevisionsOfOneFigure(decimal a, decimal b) =>
        a > 0 && b > 0 && Math.Max(a, b) <= Math.Min(a, b) * 1.25m;

    // The same guard for a growth rate: levels more than twice apart are compared only when the stated change is
    // that large itself (up more than 100%, down more than 50%).
    private static bool CouldBeOnePopulation(decimal now, decimal before, StoredChange change)
    {
        if (change.Unit != ChangeUnit.Percent || now <= 0 || before <= 0)
        {
            return true;
        }

        var large = change.SignedValue > 100 || change.SignedValue < -50;
        return large || Math.Max(now, before) <= Math.Min(now, before) * 2;
    }

    // 累计 (running totals) and 新增 (additions) of one indicator are different figures.
    private const FactQualifiers CountingKinds = FactQualifiers.Cumulative | FactQualifiers.New;

    private static bool SameCounting(StoredFact a, StoredFact b) => (a.Qualifiers & CountingKinds) == (b.Qualifiers & CountingKinds);

    // Every dated fact of a known indicator by indicator, measure and the last year of its period (a year before and
    // the same time both keep to one such year).
    private static Dictionary<(string, string, int), List<StoredFact>> ByYear(IReadOnlyList<StoredFact> all)
    {
        var index = new Dictionary<(string, string, int), List<StoredFact>>();
        foreach (var fact in all)
        {
            if (fact is { IndicatorId: { } id, Period: { } period })
            {
                var key = (id, fact.Measure, period.LastYear);
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(fact);
            }
        }

        return index;
    }

    private static bool IsAmount(StoredFact fact) => fact.Measure == "count" || fact.Measure.StartsWith("money:", StringComparison.Ordinal);

    private static bool IsShareList(string sentence) =>
        (sentence.Contains("分别", StringComparison.Ordinal) || sentence.Contains("respectively", StringComparison.OrdinalIgnoreCase))
        && ShareWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static ValueInterval Sum(IEnumerable<StoredFact> facts)
    {
        decimal? low = 0m;
        decimal? high = 0m;
        foreach (var interval in facts.Select(ValueInterval.Of))
        {
            low = low is { } l && interval.Low is { } il ? l + il : (low is { } l2 ? l2 : null);
            high = high is { } h && interval.High is { } ih ? h + ih : null;
        }

        return new ValueInterval(low, high);
    }

    private static string GrowthMessage(StoredFact fact, StoredFact previous, StoredChange change, ValueInterval computed)
    {
        var (suffix, stated) = change.Unit switch
        {
            ChangeUnit.Percent => ("%", Signed(change.SignedValue) + "%"),
            ChangeUnit.PercentagePoints => (" points", Signed(change.SignedValue) + " points"),
            _ => (string.Empty, Signed(change.SignedValue)),
        };
        // Two decimals at least: +5.23% to +5.48% tells a reviewer more than +5% to +6%.
        var decimals = Math.Max(2, Scale(change.Precision));
        var range = Range(computed, decimals, suffix);
        return $"{Name(fact)}: stated {stated}; {previous.QuantityText} ({previous.Period}, {previous.Document.Name}) to {fact.QuantityText} ({fact.Period}, {fact.Document.Name}) gives {range}";
    }

    // The interval rounded outwards to the stated rate's decimals, so the range shown still holds every true value.
    private static string Range(ValueInterval interval, int decimals, string suffix)
    {
        var factor = Pow10(decimals);
        string Down(decimal v) => Signed(Math.Floor(v * factor) / factor, decimals) + suffix;
        string Up(decimal v) => Signed(Math.Ceiling(v * factor) / factor, decimals) + suffix;
        return (interval.Low, interval.High) switch
        {
            ({ } low, { } high) => $"{Down(low)} to {Up(high)}",
            ({ } low, null) => $"{Down(low)} or more",
            (null, { } high) => $"{Up(high)} or less",
            _ => "any change",
        };
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static int Scale(decimal precision)
    {
        var scale = 0;
        while (precision < 1 && scale < 10)
        {
            precision *= 10;
            scale++;
        }

        return scale;
    }

    private static string Signed(decimal value, int? decimals = null)
    {
        var text = decimals is { } d ? value.ToString("F" + d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Format(value);
        return value > 0 ? "+" + text : text;
    }

    private static string Format(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<StoredFact> facts) => facts.Count switch
    {
        1 => facts[0].QuantityText,
        _ => string.Join(", ", facts.Take(facts.Count - 1).Select(f => f.QuantityText)) + " and " + facts[^1].QuantityText,
    };

    private static string Name(StoredFact fact) => fact.Language == Language.Chinese || fact.IndicatorId is null ? fact.Label : fact.IndicatorId;
}
