namespace Extract.Reconciliation;

/// <summary>What the words around two agreeing counts say of them: a list's count with or without its named items
/// (墨西哥城以及科尔多瓦、华雷斯等5座城市, "and five other cities"), a count said to be more
/// (再赢得23席, "win 23 more seats"), an era (公元前4世纪, "the 4th century BC").</summary>
internal static class CountContext
{
    // How far back a list before 等 may reach, in characters.
    private const int ListReach = 40;

    private static readonly string[] EnglishMore = ["more", "another", "additional", "further", "extra", "again", "other", "new"];

    // 再 in words where it is no "more": 再次 again, 再度, 再到 then to, 再创 sets another (record).
    private static readonly string[] NotMore = ["再次", "再度", "再到", "再至", "再由", "再创", "再也", "再说", "再加上", "再往"];

    /// <summary>Whether equal counts disagree because the English counts the others and the Chinese counts all,
    /// the named items included (墨西哥城以及科尔多瓦、华雷斯等5座城市 as "and five other cities").</summary>
    public static bool CountsOthersAsAll(FigurePair pair) =>
        IsOther(pair.English) && ItemsBeforeDeng(pair.Chinese) > 0 && pair.English.Quantity.Value == pair.Chinese.Quantity.Value
        && pair.Chinese.Quantity.Approximation == Quantities.Approximation.Exact && pair.English.Quantity.Approximation == Quantities.Approximation.Exact;

    /// <summary>Whether one side says the count comes on top of another (再, <c>more</c>) and the other does not.</summary>
    public static bool MoreDiffers(FigurePair pair)
    {
        var zhMore = ChineseMore(pair.Chinese);
        var enMore = EnglishWordNear(pair.English, EnglishMore, before: 4, after: 3);
        return zhMore && !enMore;
    }

    /// <summary>Whether one side dates before the common era (公元前, <c>BC</c>) and the other does not.</summary>
    public static bool EraDiffers(FigurePair pair)
    {
        var zhBc = FigureText.Before(pair.Chinese, 4).EndsWith("公元前", StringComparison.Ordinal);
        var enBc = EnglishWordNear(pair.English, ["bc", "b.c", "bce", "b.c.e"], before: 0, after: 3);
        return zhBc != enBc;
    }

    private static bool ChineseMore(Figure figure)
    {
        var before = FigureText.Before(figure, 5);
        var at = before.LastIndexOf('再');
        return at >= 0 && !NotMore.Any(w => before.AsSpan(at).StartsWith(w, StringComparison.Ordinal)) && before[(at + 1)..].All(c => !char.IsDigit(c));
    }

    private static bool IsOther(Figure english) =>
        EnglishWordNear(english, ["other"], before: 1, after: 1) && english.Quantity.Unit.Kind == Quantities.UnitKind.Count;

    // 墨西哥城以及科尔多瓦、华雷斯等5座: the items named before 等, counted by their separators.
    private static int ItemsBeforeDeng(Figure chinese)
    {
        var before = FigureText.Before(chinese, ListReach);
        if (!before.EndsWith('等'))
        {
            return 0;
        }

        var list = before[..^1];
        var clauseStart = list.LastIndexOfAny(['，', ',', '；', ';', '。', '：', ':']) + 1;
        list = list[clauseStart..];
        if (list.Length == 0)
        {
            return 0;
        }

        var items = 1 + list.Count(c => c == '、');
        foreach (var joiner in (ReadOnlySpan<string>)["以及", "和", "及", "与"])
        {
            var at = list.IndexOf(joiner, StringComparison.Ordinal);
            if (at > 0)
            {
                items++;
                break;
            }
        }

        return items;
    }

    private static bool EnglishWordNear(Figure figure, string[] words, int before, int after)
    {
        var text = figure.Sentence.Text;
        var start = Math.Clamp(figure.Quantity.Span.Start - figure.Sentence.Span.Start, 0, text.Length);
        var end = Math.Clamp(start + figure.Quantity.Text.Length, start, text.Length);
        var left = text[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(before);
        var right = text[end..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(after);
        return left.Concat(right).Any(w => words.Contains(w.Trim(',', '.', ';', ':', '"', '\'', '(', ')').ToLowerInvariant()));
    }
}
