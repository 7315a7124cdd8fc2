using Extract.Quantities;

namespace Extract.Reconciliation;

/// <summary>Pairs figures of the two editions that state the same thing, greedily by how well they agree.</summary>
/// <remarks>Greedy assignment by descending score is enough here: a pair of equal values in the same measure scores
/// above every other kind of pair, so it is never given up for a weaker one, and ties between equal values (the
/// same figure stated twice) are broken by position, which is what a reader does. Within one sentence link the sets
/// are a handful of figures, so the quadratic candidate list is small.</remarks>
internal static class FigureMatcher
{
    /// <summary>The pairs to make among <paramref name="chinese"/> and <paramref name="english"/>; the figures paired
    /// are removed from both lists.</summary>
    /// <param name="chinese">Unpaired Chinese figures, in order.</param>
    /// <param name="english">Unpaired English figures, in order.</param>
    /// <param name="exactOnly">Only equal values in the same measure (for figures further apart than one sentence link).</param>
    public static List<FigurePair> Match(List<Figure> chinese, List<Figure> english, bool exactOnly)
    {
        var candidates = new List<(double Score, int Zh, int En)>();
        for (var i = 0; i < chinese.Count; i++)
        {
            for (var j = 0; j < english.Count; j++)
            {
                var score = Score(chinese[i].Quantity, english[j].Quantity, exactOnly);
                if (score > 0)
                {
                    // Between equal values, the figure of the same statistic is the partner.
                    if (chinese[i].Indicator is { } indicator && indicator.Id == english[j].Indicator?.Id)
                    {
                        score += 0.02;
                    }

                    // Prefer the partner at the same relative position.
                    var position = Math.Abs(((i + 0.5) / chinese.Count) - ((j + 0.5) / english.Count));
                    candidates.Add((score - (0.01 * position), i, j));
                }
            }
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var usedZh = new bool[chinese.Count];
        var usedEn = new bool[english.Count];
        var pairs = new List<(int Zh, int En)>();
        foreach (var (_, zh, en) in candidates)
        {
            if (!usedZh[zh] && !usedEn[en])
            {
                usedZh[zh] = usedEn[en] = true;
                pairs.Add((zh, en));
            }
        }

        var result = pairs.OrderBy(p => p.Zh).Select(p => new FigurePair(chinese[p.Zh], english[p.En])).ToList();
        chinese.RemoveAll(f => result.Any(p => ReferenceEquals(p.Chinese, f)));
        english.RemoveAll(f => result.Any(p => ReferenceEquals(p.English, f)));
        return result;
    }

    /// <summary>How well two quantities agree as statements of one fact: 0 when they do not.</summary>
    internal static double Score(Quantity zh, Quantity en, bool exactOnly)
    {
        if (zh.Role != QuantityRole.Measure || en.Role != QuantityRole.Measure)
        {
            // Numbers in names (四大功能 / Four Major Functions) pair by value alone.
            return zh.Value == en.Value ? (zh.Role == en.Role ? 1.0 : 0.6) : 0;
        }

        if (zh.HasSameMeasureAs(en))
        {
            return zh.Approximation == en.Approximation ? 1.0 : 0.95;
        }

        if (exactOnly)
        {
            return 0;
        }

        // Two exact values whose precision intervals merely touch (2 and 1; 2019 and 2018) do not agree; a bound
        // or an approximation does agree with a value inside it and close to it (68 亿余元 and more than 6.8 billion),
        // but two bounds on the same side agree with anything above or below them (over 110 million and over 1.1
        // billion), so closeness is required too.
        var approximate = zh.Approximation != Approximation.Exact || en.Approximation != Approximation.Exact;
        if (approximate && zh.IsConsistentWith(en) && Math.Abs(zh.Value - en.Value) * 10 <= Math.Max(Math.Abs(zh.Value), Math.Abs(en.Value)))
        {
            return 0.9;
        }

        if (!approximate && zh.AgreesWithinPrecision(en) && Math.Abs(zh.Value - en.Value) * 2 < Math.Max(zh.Precision, en.Precision))
        {
            return 0.8;
        }

        // A year stated on one side as a date on the other (2020 年 4 月 vs April, 2020 are both dates; 2019 年 vs
        // "by the end of 2019" may come out as a year and a date).
        if (zh.Unit.Kind is UnitKind.Year or UnitKind.Date && en.Unit.Kind is UnitKind.Year or UnitKind.Date && YearOf(zh) == YearOf(en))
        {
            return 0.85;
        }

        return 0;
    }

    internal static decimal YearOf(Quantity quantity) =>
        quantity.Unit.Kind == UnitKind.Date ? decimal.Truncate(quantity.Value / 10000) : quantity.Value;
}
