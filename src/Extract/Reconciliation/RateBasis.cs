namespace Extract.Reconciliation;

/// <summary>The period or base a figure is stated per (每年节约25万吨 is 250,000 tonnes a year; 月薪 is a monthly
/// salary): a translation that drops it states a total where the original states a rate.</summary>
internal static class RateBasis
{
    // How far before the figure a Chinese basis may stand, in characters within its clause.
    private const int ChineseReach = 10;

    private static readonly (string Word, Period Period)[] ChineseWords =
    [
        ("每年", Period.Year), ("年均", Period.Year), ("每一年", Period.Year), ("年薪", Period.Year),
        ("每月", Period.Month), ("月均", Period.Month), ("月薪", Period.Month), ("每个月", Period.Month),
        ("每天", Period.Day), ("每日", Period.Day), ("日均", Period.Day), ("日薪", Period.Day),
        ("每周", Period.Week), ("每小时", Period.Hour), ("时速", Period.Hour),
    ];

    private static readonly (string Words, Period Period)[] EnglishWords =
    [
        ("a year", Period.Year), ("per year", Period.Year), ("each year", Period.Year), ("every year", Period.Year), ("annually", Period.Year),
        ("annual", Period.Year), ("yearly", Period.Year), ("per annum", Period.Year), ("a-year", Period.Year), ("a-week", Period.Week), ("a-month", Period.Month), ("/year", Period.Year), ("/yr", Period.Year),
        ("/month", Period.Month), ("/day", Period.Day), ("/d ", Period.Day), ("/week", Period.Week), ("year on average", Period.Year),
        ("a month", Period.Month), ("per month", Period.Month), ("each month", Period.Month), ("every month", Period.Month), ("monthly", Period.Month),
        ("a day", Period.Day), ("per day", Period.Day), ("each day", Period.Day), ("every day", Period.Day), ("daily", Period.Day), ("a-day", Period.Day),
        ("a week", Period.Week), ("per week", Period.Week), ("each week", Period.Week), ("every week", Period.Week), ("weekly", Period.Week),
        ("an hour", Period.Hour), ("per hour", Period.Hour), ("every hour", Period.Hour), ("each hour", Period.Hour), ("hourly", Period.Hour), ("km/h", Period.Hour), ("kph", Period.Hour), ("mph", Period.Hour),
        ("miles per", Period.Hour), ("/h", Period.Hour), ("speed", Period.Hour),
    ];

    private enum Period
    {
        None = 0,
        Year,
        Month,
        Day,
        Week,
        Hour,
    }

    /// <summary>Whether the Chinese figure is stated per a period its English partner's clause does not name.</summary>
    public static bool IsDropped(FigurePair pair)
    {
        if (pair.Chinese.Quantity.Unit.Kind is not (Quantities.UnitKind.Count or Quantities.UnitKind.Money or Quantities.UnitKind.Percent))
        {
            return false;
        }

        var periods = ChineseBases(pair.Chinese);
        return periods.Count > 0 && !periods.Any(p => EnglishNames(pair.English, p));
    }

    // Every basis the clause gives the figure: 每月最多可领20元/天 is per day as well as per month.
    private static List<Period> ChineseBases(Figure figure)
    {
        var bases = new List<Period>();
        if (ChineseBasisBefore(figure) is var before and not Period.None)
        {
            bases.Add(before);
        }

        var text = figure.Sentence.Text;
        var end = figure.Quantity.Span.End - figure.Sentence.Span.Start;
        if (end >= 0 && end + 1 < text.Length && text[end] is '/' or '／')
        {
            var after = text[end + 1] switch { '年' => Period.Year, '月' => Period.Month, '天' or '日' => Period.Day, '周' => Period.Week, '时' => Period.Hour, _ => Period.None };
            if (after != Period.None)
            {
                bases.Add(after);
            }
        }

        return bases;
    }

    private static Period ChineseBasisBefore(Figure figure)
    {
        var text = figure.Sentence.Text;
        var start = figure.Quantity.Span.Start - figure.Sentence.Span.Start;
        if (start < 0 || start > text.Length)
        {
            return Period.None;
        }

        var from = start;
        while (from > 0 && start - from < ChineseReach && !Quantities.ChineseVocabulary.EndsClause(text[from - 1]) && !char.IsDigit(text[from - 1]))
        {
            from--;
        }

        var before = text.AsSpan(from, start - from);
        foreach (var (word, period) in ChineseWords)
        {
            var at = before.IndexOf(word, StringComparison.Ordinal);

            // 每周六 is every Saturday, not a weekly rate.
            if (at >= 0 && !(period == Period.Week && at + word.Length < before.Length && "一二三四五六日天末".Contains(before[at + word.Length], StringComparison.Ordinal)))
            {
                return period;
            }
        }

        return Period.None;
    }

    // The English clause of the figure, anywhere in it: "saves 250,000 tonnes of coal a year", "annual savings of".
    private static bool EnglishNames(Figure figure, Period period)
    {
        var text = figure.Sentence.Text;
        var start = Math.Clamp(figure.Quantity.Span.Start - figure.Sentence.Span.Start, 0, text.Length);
        var from = text.LastIndexOfAny([',', ';', ':'], Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny([',', ';', ':'], Math.Min(text.Length, start + figure.Quantity.Text.Length));
        var clause = " " + text[from..(to < 0 ? text.Length : to)].ToLowerInvariant() + " ";
        foreach (var (words, wordPeriod) in EnglishWords)
        {
            if (wordPeriod == period && clause.Contains(words, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
