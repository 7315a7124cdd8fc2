using Extract.Quantities;
using Extract.Segmentation;

namespace Extract.Facts;

/// <summary>The wording of Chinese statistical prose: <c>2019年,上海专利申请量17.36万件,同比增长15.54%</c>.</summary>
internal sealed class ChineseRules : LanguageRules
{
    public static ChineseRules Instance { get; } = new();

    // Words that end the name of a body that acts: a subject that is not the city itself.
    private static readonly string[] BodySuffixes =
    [
        "法院", "检察院", "检察机关", "公安局", "公安机关", "海关", "局", "委", "委员会", "办公室", "代办处", "总队", "系统", "政府",
        "中心", "法庭", "协会", "机构", "平台", "部门",
    ];

    // The city itself: the document's own subject.
    private static readonly HashSet<string> OwnSubjects = new(StringComparer.Ordinal) { "上海", "上海市", "全市", "本市", "我市" };

    // Verbs and adverbs that join a name to its figure and belong to neither (达 53.54 件, 各为 7.14 万件).
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal)
    {
        "达", "达到", "为", "各为", "分别为", "分别", "分别是", "是", "共计", "合计", "总计", "突破", "超过", "约", "近", "共", "累计", "有",
        "均为", "共有", "计", "达成", "各",
    };

    // Words that make a figure a stock held at a date rather than a flow over the year.
    private static readonly string[] StockWords = ["拥有", "有效", "累计", "现有", "存量", "总数"];

    private static readonly string[] UpWords = ["增长", "增加", "提高", "上升", "增幅", "增速", "提升"];
    private static readonly string[] DownWords = ["下降", "减少", "降低", "降幅", "回落", "下滑"];
    private static readonly string[] YearOnYearWords = ["同比", "比上年", "较上年", "比去年", "较去年", "上年同期"];

    public override bool IsClauseBreak(char c) => c is ',' or '，' or ';' or '；' or '。' or ':' or '：' or '!' or '?' or '！' or '？';

    public override bool IsListSeparator(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return trimmed is "和" or "、" or "及" or "与" or "以及";
    }

    public override List<PeriodMarker> PeriodMarkers(SentenceView sentence, int? documentYear, int? currentYear, HashSet<Quantity> consumed)
    {
        var text = sentence.Text;
        var markers = new List<PeriodMarker>();
        var explicitYear = false;
        foreach (var quantity in sentence.Quantities)
        {
            var start = sentence.StartOf(quantity);
            var end = sentence.EndOf(quantity);
            var before = text.AsSpan(0, start).TrimEnd();
            var after = text.AsSpan(end);
            var atStart = before.IsEmpty;
            var until = before.EndsWith("截至") || before.EndsWith("截止") || before.EndsWith("截止到") || before.EndsWith("到");
            switch (quantity.Unit)
            {
                case Unit.Year:
                    var year = (int)quantity.Value;
                    if (after.StartsWith("底") || after.StartsWith("末") || after.StartsWith("年底") || until)
                    {
                        markers.Add(new PeriodMarker(start, new Period.EndOfYear(year), Carries: false));
                        explicitYear = true;
                    }
                    else if (atStart || before.EndsWith("在") || before.EndsWith("于") || after.StartsWith(",") || after.StartsWith("，") || after.StartsWith("全年"))
                    {
                        // Only a year that opens the sentence (2019年,……) sets the period of the paragraph.
                        markers.Add(new PeriodMarker(start, new Period.Year(year), Carries: atStart));
                        explicitYear = true;
                    }

                    break;
                case Unit.Date when atStart || until:
                    markers.Add(new PeriodMarker(start, DateIn((int)quantity.Value, documentYear), Carries: false));
                    explicitYear = true;

                    break;
                case Unit.YearRange range when atStart:
                    markers.Add(new PeriodMarker(start, new Period.Years((int)quantity.Value, range.EndYear), Carries: false));
                    explicitYear = true;
                    break;
                case Unit.YearPart part:
                    markers.Add(new PeriodMarker(start, YearPartIn(markers, documentYear, (int)quantity.Value, part.Parts), Carries: false));
                    explicitYear = true;

                    break;
                case Unit.Duration { TimeUnit: TimeUnit.Year } when documentYear is { } reference && (before.EndsWith("近") || before.EndsWith("过去") || before.EndsWith("最近")):
                    var count = (int)quantity.Value;
                    markers.Add(new PeriodMarker(start, new Period.Years(reference - count + 1, reference), Carries: false));
                    consumed.Add(quantity);
                    break;
            }
        }

        if (currentYear is { } current && !explicitYear)
        {
            AddWord(markers, text, "全年", new Period.Year(current));
        }

        if (documentYear is { } own && !explicitYear)
        {
            AddWord(markers, text, "今年", new Period.Year(own));
            var last = text.IndexOf("去年", StringComparison.Ordinal);
            if (last >= 0 && (last == 0 || (text[last - 1] != '比' && text[last - 1] != '较')))
            {
                markers.Add(new PeriodMarker(last, new Period.Year(own - 1), Carries: false));
            }
        }
        else if (documentYear is null && !explicitYear)
        {
            AddWord(markers, text, "今年", null);
        }

        markers.Sort((a, b) => a.Position.CompareTo(b.Position));
        return markers;
    }

    public override ChangeWording ReadChange(SentenceView sentence, Quantity quantity, int clauseStart)
    {
        var text = sentence.Text;
        var start = sentence.StartOf(quantity);
        var before = text.AsSpan(clauseStart, start - clauseStart);
        ChangeDirection? direction = quantity.Direction switch
        {
            Direction.Up => ChangeDirection.Up,
            Direction.Down => ChangeDirection.Down,
            _ => null,
        };
        if (direction is null && quantity.Unit is Unit.Percent or Unit.PercentagePoints)
        {
            var near = before.Length > 8 ? before[^8..] : before;
            if (ContainsAny(near, UpWords))
            {
                direction = ChangeDirection.Up;
            }
            else if (ContainsAny(near, DownWords))
            {
                direction = ChangeDirection.Down;
            }
        }

        var basis = ContainsAny(before, YearOnYearWords) ? ChangeBasis.YearOnYear : ChangeBasis.Unstated;
        return new ChangeWording(direction, basis);
    }

    public override string? Subject(SentenceView sentence, out int subjectEnd)
    {
        subjectEnd = 0;
        var tokens = sentence.Tokens;
        var first = FirstContent(sentence);
        if (first < 0)
        {
            return null;
        }

        var last = first;
        while (last < tokens.Count && !StopsSubject(tokens[last]))
        {
            last++;
        }

        // A body named with a verb inside it (市文化和旅游局执法总队): the verb and the body word after it belong to it.
        while (last + 1 < tokens.Count && tokens[last].Tag.Code is "v" or "vn" && EndsWithBody(tokens[last + 1].Text))
        {
            last += 2;
        }

        if (last == first)
        {
            return null;
        }

        var start = tokens[first].Span.Start;
        var end = tokens[last - 1].Span.End;
        var subject = sentence.Text[start..end];
        if (OwnSubjects.Contains(subject) || !EndsWithBody(subject))
        {
            // The city itself, or not a body at all (上海有效发明专利拥有量): the city's own figure. A leading 上海 is
            // still the subject's place, for the label to leave out.
            if (OwnSubjects.Contains(sentence.Text[start..tokens[first].Span.End]))
            {
                subjectEnd = tokens[first].Span.End;
            }

            return null;
        }

        subjectEnd = end;
        return subject;
    }

    public override bool ContinuesSubject(SentenceView sentence)
    {
        var first = FirstContent(sentence);
        if (first < 0)
        {
            return false;
        }

        var tag = sentence.Tokens[first].Tag.Code;
        return tag is not ("n" or "ns" or "nt" or "nz" or "nr" or "eng" or "m" or "r" or "j");
    }

    public override string Label(SentenceView sentence, int stretchStart, int start, int end, int subjectEnd)
    {
        var (from, to) = Core(sentence, Math.Max(stretchStart, subjectEnd), start);
        if (from < to)
        {
            return sentence.Text[from..to];
        }

        var before = sentence.Text.AsSpan(stretchStart, start - stretchStart).TrimEnd();
        if (before.EndsWith("另有") || before.EndsWith("另"))
        {
            // 另有12起: the figure counts more of the one before; its words, not the verb after it, name it.
            return string.Empty;
        }

        // A figure before its noun (157家企业购买专利保险): the words after it, to the end of the clause.
        var words = 0;
        var first = -1;
        var last = end;
        var skipTo = end;
        foreach (var token in sentence.Tokens)
        {
            if (token.Span.Start < skipTo)
            {
                continue;
            }

            // 2所和3所学校: the noun after the list names every figure of it.
            if (token.Text is "和" or "、" or "及" or "与" && words == 0 && FigureAt(sentence, token.Span.End) is { } next)
            {
                skipTo = next;
                continue;
            }

            if (IsPunctuation(token) || token.Tag.Code is "m" or "mq" or "c" || ++words > 4)
            {
                break;
            }

            first = first < 0 ? token.Span.Start : first;
            last = token.Span.End;
        }

        return first < 0 ? string.Empty : sentence.Text[first..last];
    }

    public override IReadOnlyList<string>? Conjuncts(SentenceView sentence, int stretchStart, int start, int count, int subjectEnd)
    {
        var (from, to) = Core(sentence, Math.Max(stretchStart, subjectEnd), start);
        if (from >= to)
        {
            return null;
        }

        var groups = new List<List<Token>> { new() };
        foreach (var token in sentence.Tokens)
        {
            if (token.Span.Start < from || token.Span.End > to)
            {
                continue;
            }

            if (token.Text is "和" or "、" or "及" or "与" or "以及")
            {
                groups.Add([]);
            }
            else
            {
                groups[^1].Add(token);
            }
        }

        if (groups.Count != count || groups.Any(g => g.Count == 0))
        {
            return null;
        }

        var head = groups[0];
        var names = new List<string>(count);
        foreach (var group in groups)
        {
            var name = string.Concat(group.Select(t => t.Text));

            // 发明专利申请量和授权量: the second name leaves out what the first one starts with.
            if (group != head && group.Count == 1 && head.Count >= 2)
            {
                name = string.Concat(head.Take(head.Count - 1).Select(t => t.Text)) + name;
            }

            names.Add(name);
        }

        return names;
    }

    public override bool ContinuesFigure(SentenceView sentence, int stretchStart, int start)
    {
        var before = sentence.Text.AsSpan(stretchStart, start - stretchStart).TrimEnd();
        return before.EndsWith("另有") || before.EndsWith("另") || before.EndsWith("分别有") || before.EndsWith("其中有");
    }

    public override bool IsStock(SentenceView sentence, int stretchStart, int start, string label)
    {
        var before = sentence.Text.AsSpan(stretchStart, start - stretchStart);
        foreach (var word in StockWords)
        {
            if (before.Contains(word, StringComparison.Ordinal) || label.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public override FactQualifiers Qualifiers(SentenceView sentence, int stretchStart, int start, int end)
    {
        var qualifiers = FactQualifiers.None;
        foreach (var token in sentence.Tokens)
        {
            if (token.Span.End > start)
            {
                break;
            }

            if (token.Text == "其中")
            {
                qualifiers |= FactQualifiers.PartOfPrevious;
            }

            if (token.Span.Start < stretchStart)
            {
                continue;
            }

            qualifiers |= token.Text switch
            {
                "累计" => FactQualifiers.Cumulative,
                "共" or "共计" or "合计" or "总计" or "共有" or "总数" or "总量" or "总值" => FactQualifiers.Total,
                "新增" or "新建" => FactQualifiers.New,
                _ => FactQualifiers.None,
            };
        }

        return qualifiers;
    }

    // The end of the figure that starts at position, when one does.
    private static int? FigureAt(SentenceView sentence, int position)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (sentence.StartOf(quantity) == position)
            {
                return sentence.EndOf(quantity);
            }
        }

        return null;
    }

    private static bool EndsWithBody(string text) => BodySuffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal));

    private static void AddWord(List<PeriodMarker> markers, string text, string word, Period? period)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        if (at >= 0)
        {
            markers.Add(new PeriodMarker(at, period, Carries: false));
        }
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The first token that is not punctuation, a time word or part of a year: where the subject would start.
    private static int FirstContent(SentenceView sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (sentence.InTemporal(token.Span.Start) || IsPunctuation(token) || token.Tag.Code == "t" || IsEnumerator(sentence.Text, token))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    private static bool StopsSubject(Token token) =>
        token.Tag.Code is "v" or "vd" or "vi" or "d" or "p" or "c" or "m" or "t" or "mq" or "q" || IsPunctuation(token);

    private static bool IsPunctuation(Token token) => token.Tag.Code == "x" && token.Text.All(c => !char.IsLetter(c));

    // The words of [from, to) that name a figure: without leading punctuation, time words, adverbs and the city, and
    // without the linking verb before the figure.
    private static (int From, int To) Core(SentenceView sentence, int from, int to)
    {
        var tokens = sentence.Tokens;
        var inside = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.Span.Start >= from && token.Span.End <= to && !sentence.InTemporal(token.Span.Start))
            {
                inside.Add(token);
            }
        }

        var first = 0;
        while (first < inside.Count && (IsLeadingNoise(inside[first]) || IsEnumerator(sentence.Text, inside[first])))
        {
            first++;
        }

        var last = inside.Count;
        while (last > first && (Linkers.Contains(inside[last - 1].Text) || IsPunctuation(inside[last - 1])))
        {
            last--;
        }

        return first < last ? (inside[first].Span.Start, inside[last - 1].Span.End) : (0, 0);
    }

    // 一是, 二是 (whole or cut into 二 / 是), 首先, 其次: an enumerator opening a clause names nothing.
    private static bool IsEnumerator(string text, Token token)
    {
        var span = token.Span;
        if (token.Text is "首先" or "其次" or "最后")
        {
            return true;
        }

        var at = span.Start;
        if (token.Text == "是")
        {
            // The 是 of 二 / 是: back to the numeral.
            while (at > 0 && "一二三四五六七八九十".Contains(text[at - 1], StringComparison.Ordinal))
            {
                at--;
            }

            if (at == span.Start)
            {
                return false;
            }
        }

        var digits = at;
        while (digits < text.Length && digits - at < 3 && "一二三四五六七八九十".Contains(text[digits], StringComparison.Ordinal))
        {
            digits++;
        }

        return digits > at && digits < text.Length && text[digits] == '是' && span.End <= digits + 1
            && (at == 0 || IsClauseBreakOrSpace(text[at - 1]));
    }

    private static bool IsClauseBreakOrSpace(char c) => char.IsWhiteSpace(c) || Instance.IsClauseBreak(c);

    private static bool IsLeadingNoise(Token token) =>
        IsPunctuation(token) || token.Tag.Code is "t" or "d" or "p" or "c" or "uj" or "ul" || OwnSubjects.Contains(token.Text)
        || token.Text is "其中" or "全年" or "共" or "累计" or "另" or "另有";
}
