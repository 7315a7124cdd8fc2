namespace Extract.Quantities;

/// <summary>The words the Chinese scanner looks for around numbers: classifiers, qualifiers and change verbs.</summary>
internal static class ChineseVocabulary
{
    // Classifiers of two or three characters, tried before single ones (人次 before 人).
    private static readonly string[] LongClassifiers =
    [
        "人次", "家次", "户次", "件次", "批次", "省市", "方面", "单位", "部门", "个国家", "个地区", "国家", "地区", "季度", "周年",

        // Units of measure: counted like classifiers, so that 以上 and 左右 after them are read (800公里以下).
        "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "厘米", "毫米", "公斤", "千克", "毫克", "微克", "公顷", "小时", "个小时",
        "分钟", "千瓦时", "千瓦", "兆瓦", "摄氏度", "英里", "海里", "英尺", "加仑", "桶", "节", "英亩",
    ];

    // Single-character classifiers.
    private const string ShortClassifiers = "件项个家人名起宗单场所条处次批届只位户台种份篇部座本张套例省级类款辆艘架间块支组队期轮段国市区县镇村枚颗吨米亩秒克幅杆磅";

    // What may follow 一 as a classifier: a narrower set, since 一 begins so many ordinary words (一体化, 一流, 一起).
    private const string ClassifiersAfterOne = "件项个家名宗单场所条处批届只位户台种份篇部座本张套例款辆艘架";

    // What may follow 首 to make an ordinal (首批, 首次, 首个, 首例, 首届).
    private const string OrdinalClassifiersAfterFirst = "批次个例届家单台部款位项件只场份张座";

    /// <summary>The length of the classifier at <paramref name="i"/>, or 0.</summary>
    public static int Classifier(string text, int i, bool afterOne = false)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        if (!afterOne)
        {
            foreach (var word in LongClassifiers)
            {
                if (text.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
                {
                    return word.Length;
                }
            }
        }

        var c = text[i];
        if (afterOne)
        {
            // 一次性, 一方面 are not counts.
            return ClassifiersAfterOne.Contains(c, StringComparison.Ordinal) && !Follows(text, i + 1, "性") ? 1 : 0;
        }

        return ShortClassifiers.Contains(c, StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>Whether the character at <paramref name="i"/> can follow 首 to make an ordinal.</summary>
    public static bool IsOrdinalClassifierAfterFirst(string text, int i) =>
        i < text.Length && OrdinalClassifiersAfterFirst.Contains(text[i], StringComparison.Ordinal);

    /// <summary>The qualifier ending just before <paramref name="end"/> (约, 近, 超过 …) and its length.</summary>
    public static (Approximation Approximation, int Length) QualifierBefore(string text, int end)
    {
        ReadOnlySpan<(string Word, Approximation Approximation)> words =
        [
            ("不少于", Approximation.AtLeast), ("不低于", Approximation.AtLeast), ("至少", Approximation.AtLeast), ("不得低于", Approximation.AtLeast),
            ("不得少于", Approximation.AtLeast),

            // 满5周年, 刚满50岁: a span completed, rendered "five full years", "more than five years", "turning 50".
            ("满", Approximation.About),
            ("不超过", Approximation.UpTo), ("不高于", Approximation.UpTo), ("至多", Approximation.UpTo), ("不得高于", Approximation.UpTo),
            ("不得超过", Approximation.UpTo), ("不能超过", Approximation.UpTo), ("跌破", Approximation.LessThan), ("升破", Approximation.MoreThan),
            ("低于", Approximation.LessThan), ("高于", Approximation.MoreThan),
            ("超过", Approximation.MoreThan), ("突破", Approximation.MoreThan), ("逾", Approximation.MoreThan), ("超", Approximation.MoreThan),
            ("将近", Approximation.Nearly), ("接近", Approximation.Nearly), ("近", Approximation.Nearly),
            ("大约", Approximation.About), ("约", Approximation.About),
            ("不到", Approximation.LessThan), ("不足", Approximation.LessThan),
            ("最多", Approximation.UpTo), ("多达", Approximation.UpTo),
        ];
        var span = text.AsSpan(0, end).TrimEnd(' ');
        foreach (var (word, approximation) in words)
        {
            if (span.EndsWith(word, StringComparison.Ordinal) && !(word == "约" && IsWordEndingInYue(text, span.Length - 1)))
            {
                return (approximation, word.Length);
            }
        }

        return (Approximation.Exact, 0);
    }

    /// <summary>Whether the 约 at <paramref name="i"/> ends a word of its own (签约 signed, 预约 booked, 节约 saved, 制约,
    /// 条约, 合约, 相约, 邀约, 公约, 婚约): not "about".</summary>
    public static bool IsWordEndingInYue(string text, int i) =>
        i > 0 && i < text.Length && text[i] == '约' && "签预节制条合相邀公婚契誓违履特集".Contains(text[i - 1], StringComparison.Ordinal);

    /// <summary>The qualifier starting at <paramref name="i"/> after a quantity (以上, 左右 …) and its length.</summary>
    public static (Approximation Approximation, int Length) QualifierAfter(string text, int i)
    {
        if (Follows(text, i, "以上") || Follows(text, i, "有余"))
        {
            return (Approximation.MoreThan, 2);
        }

        if (Follows(text, i, "开外"))
        {
            return (Approximation.MoreThan, 2);
        }

        // 多达三千人之多: as many as.
        if (Follows(text, i, "之多"))
        {
            return (Approximation.UpTo, 2);
        }

        // 10时许: about ten o'clock (许多 and 许可 are words of their own).
        if (Follows(text, i, "左右") || Follows(text, i, "上下") || (Follows(text, i, "许") && !Follows(text, i, "许多") && !Follows(text, i, "许可")))
        {
            return (Approximation.About, text[i] == '许' ? 1 : 2);
        }

        if (Follows(text, i, "以内") || Follows(text, i, "以下"))
        {
            return (Approximation.UpTo, 2);
        }

        return (Approximation.Exact, 0);
    }

    /// <summary>The change verb at <paramref name="i"/> (增长, 下降 …) and its length.</summary>
    public static (Direction Direction, int Length) ChangeAt(string text, int i)
    {
        ReadOnlySpan<(string Word, Direction Direction)> words =
        [
            ("增长", Direction.Up), ("增加", Direction.Up), ("提高", Direction.Up), ("上升", Direction.Up), ("提升", Direction.Up),
            ("上涨", Direction.Up), ("增幅", Direction.Up), ("增速", Direction.Up), ("扩大", Direction.Up),
            ("下降", Direction.Down), ("减少", Direction.Down), ("降低", Direction.Down), ("下滑", Direction.Down),
            ("回落", Direction.Down), ("降幅", Direction.Down), ("缩小", Direction.Down), ("减幅", Direction.Down),
        ];
        // Most characters begin no change verb: one test passes them over.
        if (i + 1 >= text.Length || !"增提上扩下减降回缩".Contains(text[i], StringComparison.Ordinal))
        {
            return (Direction.None, 0);
        }

        foreach (var (word, direction) in words)
        {
            if (text[i] == word[0] && text[i + 1] == word[1])
            {
                return (direction, 2);
            }
        }

        return (Direction.None, 0);
    }

    /// <summary>Whether <paramref name="word"/> stands at <paramref name="i"/>.</summary>
    public static bool Follows(string text, int i, string word) =>
        i >= 0 && i <= text.Length && text.AsSpan(i).StartsWith(word, StringComparison.Ordinal);

    /// <summary>Punctuation that ends a clause, and with it the reach of a change verb or of 每万人口.</summary>
    public static bool EndsClause(char c) => c is ',' or '，' or ';' or '；' or '。' or '：' or ':' or '!' or '！' or '?' or '？' or '\n';
}
