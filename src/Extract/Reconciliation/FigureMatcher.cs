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
            // 数十 is "dozens" more often than ten: a figure of that value takes the partner first.
            var vague = LeftoverPairing.IsOrderOfMagnitude(zh) != LeftoverPairing.IsOrderOfMagnitude(en) ? 0.1 : 0;
            return (zh.Approximation == en.Approximation ? 1.0 : 0.95) - vague;
        }

        if (exactOnly)
        {
            return 0;
        }

        if (SameInOtherWords(zh, en))
        {
            // The same day of two dates outranks a year that merely agrees with one of them (2016年12月15日 and
            // "December 15 to 22, 2016": the date is the date, the year the range's).
            return zh.Unit.Kind == UnitKind.Date && en.Unit.Kind == UnitKind.Date ? 0.88 : 0.75;
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
        if (zh.Unit.Kind is UnitKind.Year or UnitKind.Date && en.Unit.Kind is UnitKind.Year or UnitKind.Date && YearOf(zh) == YearOf(en)
            && (zh.Unit.Kind == UnitKind.Year || en.Unit.Kind == UnitKind.Year))
        {
            return 0.85;
        }

        return 0;
    }

    /// <summary>Whether two figures of different units state the same number as translators render it: an ordinal and a
    /// count of one number (69周年 and the 69th anniversary; 第九章 and Chapter 9), a year and a bare number (2018女排世锦赛
    /// and the 2018 championship), a day of the month and a date on that day (30日 and September 30, the 30th), a
    /// multiple and so many times, an age and a bare number, a time of day on a clock that does not tell morning from afternoon, or midnight
    /// as 0:00 and 24:00.</summary>
    internal static bool SameInOtherWords(Quantity zh, Quantity en)
    {
        var (a, b) = (zh.Unit.Kind, en.Unit.Kind);
        bool Either(UnitKind x, UnitKind y) => (a == x && b == y) || (a == y && b == x);
        var integer = zh.Value == decimal.Truncate(zh.Value) && en.Value == decimal.Truncate(en.Value);
        if (zh.Value == en.Value && integer && (Either(UnitKind.Ordinal, UnitKind.Count) || (Either(UnitKind.Year, UnitKind.Count) && zh.Value is >= 1000 and <= 2999)))
        {
            return true;
        }

        if (zh.Value == en.Value && Either(UnitKind.Multiple, UnitKind.Count) && (zh.Unit.Label ?? en.Unit.Label) is "times" or "fold")
        {
            return true;
        }

        // 50天 and "increased by 50" (the number of days), 前三季度 and "the first three quarters": the unit left to
        // the words around a bare number.
        if (zh.Value == en.Value && integer && (IsBare(zh) ? b : IsBare(en) ? a : UnitKind.Money) is UnitKind.Duration or UnitKind.YearPart or UnitKind.Multiple)
        {
            return true;
        }

        // 满5周年 and "more than five years": years completed are a span of years.
        if (zh.Value == en.Value && zh.Unit is Unit.Count { Classifier: "周年" } && en.Unit is Unit.Duration { TimeUnit: TimeUnit.Year })
        {
            return true;
        }

        // 30岁 and "Ms Knox, 30," or "the age of 30": an age is often written as a bare number.
        if (zh.Value == en.Value && zh.Unit is Unit.Duration { TimeUnit: TimeUnit.Year } && zh.Text.Contains('岁', StringComparison.Ordinal) && en.Unit.Kind == UnitKind.Count)
        {
            return true;
        }

        // 2020年1月1日 and "1 January", 3月15日 and "15 March 2020": a year stated once for a range or left to context.
        if (a == UnitKind.Date && b == UnitKind.Date && zh.Value % 10000 == en.Value % 10000 && zh.Value % 10000 != 0 && (YearOf(zh) == 0 || YearOf(en) == 0))
        {
            return true;
        }

        if (a == UnitKind.TimeOfDay && b == UnitKind.TimeOfDay)
        {
            var (x, y) = (zh.Value % 2400, en.Value % 2400);
            var eitherHalf = zh.Unit is Unit.TimeOfDay { HalfDay: false } || en.Unit is Unit.TimeOfDay { HalfDay: false };
            return x == y || (eitherHalf && x % 1200 == y % 1200);
        }

        return IsDayOfMonth(zh, en) || IsDayOfMonth(en, zh);
    }

    private static bool IsBare(Quantity q) => q.Unit is Unit.Count { Classifier: null } count && (count.Noun is null or "quarters" or "quarter" or "times" or "days" or "years" or "months" or "weeks");

    // 30日 (a day count in form) against September 30, the 30th or a bare 30; or a date against the bare day.
    private static bool IsDayOfMonth(Quantity day, Quantity other)
    {
        var bareDay = day.Unit is Unit.Duration { TimeUnit: TimeUnit.Day } && day.Text.EndsWith('日') && day.Approximation == Approximation.Exact
                      || (day.Unit.Kind is UnitKind.Ordinal or UnitKind.Count && day.Role == QuantityRole.Measure);
        if (!bareDay || day.Value is < 1 or > 31 || day.Value != decimal.Truncate(day.Value))
        {
            return false;
        }

        return other.Unit.Kind == UnitKind.Date ? other.Value % 100 == day.Value && other.Precision == 1
            : day.Unit.Kind == UnitKind.Duration && other.Unit.Kind is UnitKind.Ordinal or UnitKind.Count && other.Value == day.Value;
    }

    internal static decimal YearOf(Quantity quantity) =>
        quantity.Unit.Kind == UnitKind.Date ? decimal.Truncate(quantity.Value / 10000) : quantity.Value;
}
