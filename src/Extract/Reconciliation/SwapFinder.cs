namespace Extract.Reconciliation;

/// <summary>Finds the two values of a 分别 / 各 … respectively statement given in the opposite order by the two
/// editions: both values agree, so only the order tells.</summary>
internal static class SwapFinder
{
    // How far the first value may stand after 分别 / 各为 (分别增长 15.54%; 各为 7.14 万件), and the last one before
    // "respectively" (71,400 and 22,700, up by 13.77% and 6.58% respectively), in characters.
    private const int ChineseReach = 12;
    private const int EnglishReach = 80;

    public static IEnumerable<(FigurePair First, FigurePair Second)> Find(IEnumerable<FigurePair> matches)
    {
        foreach (var group in matches.GroupBy(m => (m.Chinese.Sentence, m.English.Sentence)))
        {
            var pairs = group.OrderBy(p => p.Chinese.Quantity.Span.Start).ToList();
            for (var i = 0; i + 1 < pairs.Count; i++)
            {
                var (a, b) = (pairs[i], pairs[i + 1]);
                if (a.Chinese.Quantity.Unit.Kind == b.Chinese.Quantity.Unit.Kind
                    && a.Chinese.Quantity.Value != b.Chinese.Quantity.Value
                    && a.English.Quantity.Span.Start > b.English.Quantity.Span.Start
                    && FollowsRespectively(a.Chinese) && PrecedesRespectively(a.English))
                {
                    yield return (a, b);
                    i++;
                }
            }
        }
    }

    // Whether 分别 or 各 stands shortly before the figure, in the same clause.
    private static bool FollowsRespectively(Figure figure)
    {
        var sentence = figure.Sentence;
        var end = figure.Quantity.Span.Start - sentence.Span.Start;
        if (end <= 0 || end > sentence.Text.Length)
        {
            return false;
        }

        var before = sentence.Text.AsSpan(Math.Max(0, end - ChineseReach), Math.Min(end, ChineseReach));
        var clauseStart = before.LastIndexOfAny(";;。");
        var clause = clauseStart < 0 ? before : before[(clauseStart + 1)..];
        return clause.Contains("分别", StringComparison.Ordinal) || clause.Contains('各');
    }

    // Whether "respectively" follows the figure (which is the first of the English pair) in the same clause.
    private static bool PrecedesRespectively(Figure figure)
    {
        var sentence = figure.Sentence;
        var start = figure.Quantity.Span.End - sentence.Span.Start;
        if (start < 0 || start >= sentence.Text.Length)
        {
            return false;
        }

        var after = sentence.Text.AsSpan(start, Math.Min(sentence.Text.Length - start, EnglishReach));
        var clause = after[..ClauseEnd(after)];
        return clause.Contains("respectively", StringComparison.OrdinalIgnoreCase);
    }

    // Where an English clause ends: a semicolon, or a full stop that is not a decimal point.
    private static int ClauseEnd(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ';' || (text[i] == '.' && (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1]))))
            {
                return i;
            }
        }

        return text.Length;
    }
}
