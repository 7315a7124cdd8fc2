using Extract.Quantities;

namespace Extract.Reconciliation;

/// <summary>Finds a bound or an approximation that a clause states away from its figure: 至少已有28个省份 (at least,
/// with a verb between), 不超过发行上市后总股本的9.78%, <c>should not be higher than Grade 3</c>, <c>90 m2 and
/// below</c>. The recognizer reads qualifiers next to the number only; a translation that keeps the bound but moves
/// it has not dropped it.</summary>
internal static class ClauseBounds
{
    // How far before the figure a Chinese bound may stand (characters) and an English one (words).
    private const int ChineseReach = 12;
    private const int EnglishReach = 5;

    // A word's side: +1 above the value (more than, at least), -1 below it (up to, less than, nearly), 0 about it.
    private static readonly (string Word, int Side)[] ChineseBefore =
    [
        ("不少于", 1), ("不低于", 1), ("至少", 1), ("最少", 1), ("超过", 1), ("高于", 1), ("突破", 1), ("升破", 1),
        ("不超过", -1), ("不高于", -1), ("至多", -1), ("最多", -1), ("最高", -1), ("不到", -1), ("不足", -1), ("低于", -1),
        ("跌破", -1), ("高达", -1), ("重达", -1), ("长达", -1), ("多达", -1), ("深达", -1), ("宽达", -1), ("远达", -1),
        ("大约", 0), ("约", 0), ("左右", 0), ("上下", 0),
    ];

    // One character bounds (近, 逾, 超) are parts of too many words to be looked for away from the number.
    private static readonly (string Word, int Side)[] ChineseNextTo = [("近", -1), ("逾", 1), ("超", 1), ("约", 0)];

    private static readonly (string Word, int Side)[] ChineseAfter = [("以上", 1), ("及以上", 1), ("以下", -1), ("以内", -1), ("及以下", -1), ("左右", 0), ("上下", 0), ("许", 0)];

    private static readonly (string Words, int Side)[] EnglishBefore =
    [
        ("at least", 1), ("no less than", 1), ("not less than", 1), ("no fewer than", 1), ("not lower than", 1), ("not be lower than", 1),
        ("not be less than", 1), ("more than", 1), ("higher than", 1), ("greater than", 1), ("in excess of", 1), ("upwards of", 1),
        ("exceeded", 1), ("exceeding", 1), ("topped", 1), ("surpassed", 1), ("broke", 1), ("passed", 1),
        ("not exceed", -1), ("not to exceed", -1), ("no more than", -1), ("not more than", -1), ("not be more than", -1),
        ("not higher than", -1), ("not be higher than", -1), ("no higher than", -1), ("up to", -1), ("at most", -1), ("maximum of", -1),
        ("within", -1), ("less than", -1), ("fewer than", -1), ("lower than", -1), ("as much as", -1), ("as many as", -1),
        ("as high as", -1), ("as long as", -1), ("nearly", -1), ("almost", -1),
        ("about", 0), ("around", 0), ("approximately", 0), ("roughly", 0), ("some", 0), ("an estimated", 0), ("estimated", 0), ("ca", 0), ("ca.", 0), ("circa", 0), ("near", -1),
    ];

    private static readonly (string Words, int Side)[] EnglishAfter =
    [
        ("and above", 1), ("or above", 1), ("or more", 1), ("and over", 1), ("or higher", 1), ("and more", 1),
        ("and below", -1), ("or below", -1), ("or less", -1), ("or fewer", -1), ("and under", -1), ("or lower", -1), ("or so", 0),
    ];

    /// <summary>Whether the clause of <paramref name="figure"/> states, away from the number, a qualifier on the same
    /// side as <paramref name="approximation"/> (the other edition's qualifier of the same value).</summary>
    public static bool States(Figure figure, Approximation approximation)
    {
        var side = SideOf(approximation);
        var sentence = figure.Sentence;
        var start = figure.Quantity.Span.Start - sentence.Span.Start;
        var end = figure.Quantity.Span.End - sentence.Span.Start;
        if (start < 0 || end > sentence.Text.Length)
        {
            return false;
        }

        var text = sentence.Text;
        if (States(figure.Quantity.Text, sentence.Language, side))
        {
            return true;
        }

        return sentence.Language == Documents.Language.Chinese ? ChineseStates(text, start, end, side) : EnglishStates(text, start, end, side);
    }

    /// <summary>The side of an approximation: +1 above, -1 below, 0 about (exact has none: <see cref="int.MinValue"/>).</summary>
    public static int SideOf(Approximation approximation) => approximation switch
    {
        Approximation.MoreThan or Approximation.AtLeast => 1,
        Approximation.Nearly or Approximation.UpTo or Approximation.LessThan => -1,
        Approximation.About => 0,
        _ => int.MinValue,
    };

    // The qualifier read into the quantity's own text (4500万吨左右, 10时许, about 30).
    private static bool States(string own, Documents.Language language, int side)
    {
        if (language == Documents.Language.Chinese)
        {
            return ChineseAfter.Any(w => w.Side == side && own.EndsWith(w.Word, StringComparison.Ordinal))
                   || ChineseNextTo.Any(w => w.Side == side && own.StartsWith(w.Word, StringComparison.Ordinal));
        }

        var lower = " " + own.ToLowerInvariant() + " ";
        return EnglishBefore.Any(w => w.Side == side && lower.StartsWith(" " + w.Words + " ", StringComparison.Ordinal));
    }

    private static bool ChineseStates(string text, int start, int end, int side)
    {
        // Back to the clause's start or the previous number, whichever is nearer.
        var from = start;
        while (from > 0 && start - from < ChineseReach && !ChineseVocabulary.EndsClause(text[from - 1]) && !IsDigit(text[from - 1]))
        {
            from--;
        }

        var before = text.AsSpan(from, start - from);
        foreach (var (word, wordSide) in ChineseBefore)
        {
            var at = before.IndexOf(word, StringComparison.Ordinal);
            if (wordSide == side && at >= 0 && !(word == "约" && ChineseVocabulary.IsWordEndingInYue(text, from + at)))
            {
                return true;
            }
        }

        foreach (var (word, wordSide) in ChineseNextTo)
        {
            var trimmed = before.TrimEnd(' ');
            if (wordSide == side && trimmed.EndsWith(word, StringComparison.Ordinal) && !(word == "约" && ChineseVocabulary.IsWordEndingInYue(text, from + trimmed.Length - 1)))
            {
                return true;
            }
        }

        // 跌破了10℃线: a bound, an aspect particle, the number.
        // 30节左右: the qualifier after a unit the recognizer does not know; a character or two, within the clause.
        var skip = end;
        while (skip < text.Length && skip - end < 8 && (char.IsAsciiLetter(text[skip]) || text[skip] == ' '))
        {
            skip++; // 09:30 BST左右: a time zone between the time and its qualifier
        }

        var to = skip;
        while (to < text.Length && to - skip < 5 && !ChineseVocabulary.EndsClause(text[to]) && !IsDigit(text[to]))
        {
            to++;
        }

        var after = text.AsSpan(skip, to - skip);
        foreach (var (word, wordSide) in ChineseAfter)
        {
            var at = after.IndexOf(word, StringComparison.Ordinal);
            if (wordSide == side && at is >= 0 and <= 2 && !(word == "许" && (after[at..].StartsWith("许多", StringComparison.Ordinal) || after[at..].StartsWith("许可", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EnglishStates(string text, int start, int end, int side)
    {
        var from = start;
        var words = 0;
        while (from > 0 && words <= EnglishReach && !EndsEnglishClause(text[from - 1]) && !IsDigit(text[from - 1]))
        {
            from--;
            if (text[from] == ' ' && from > 0 && text[from - 1] != ' ')
            {
                words++;
            }
        }

        var before = " " + text[from..start].ToLowerInvariant() + " ";
        foreach (var (phrase, phraseSide) in EnglishBefore)
        {
            if (phraseSide == side && before.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "90 m2 and below", "18 years or older": the bound after the unit.
        var to = end;
        words = 0;
        while (to < text.Length && words <= 3 && !EndsEnglishClause(text[to]))
        {
            if (text[to] == ' ')
            {
                words++;
            }

            to++;
        }

        var after = " " + text[end..to].ToLowerInvariant() + " ";
        foreach (var (phrase, phraseSide) in EnglishAfter)
        {
            if (phraseSide == side && after.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsEnglishClause(char c) => c is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '\n';

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
