namespace Extract.Quantities;

/// <summary>The English words the scanner reads around numbers: number words, ordinals, scales, months, qualifiers,
/// change words, and the function words that end a counted noun phrase.</summary>
internal static class EnglishVocabulary
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] UnitOrdinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] TenOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    // Abbreviations of month names, read as months only when written with their full stop (Jan. 20).
    private static readonly string[] MonthAbbreviations =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    // The words before a month name alone that make it a time (the end of June, as of this June, in May).
    private static readonly string[] MonthIntroducers =
    [
        "this", "last", "next", "of", "in", "since", "by", "until", "till", "from", "to", "early", "mid", "late", "during",
        "before", "after", "through",
    ];

    // Words that end the noun phrase after a number: what follows them is not what is counted.
    private static readonly string[] Stops =
    [
        "a", "an", "the", "of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "into", "as", "than",
        "that", "which", "who", "whom", "whose", "were", "was", "is", "are", "be", "been", "being", "has", "have", "had",
        "per", "respectively", "up", "down", "while", "during", "including", "involving", "among", "received", "applied",
        "passed", "this", "these", "those", "its", "their", "it", "they", "over", "under", "after", "before", "since",
        "until", "through", "between", "against", "about", "across", "year-on-year", "each", "more", "less", "will",
        "would", "can", "could", "should", "may", "might", "not", "also", "both", "all", "there", "here", "where", "when",
        "percent", "yuan", "rmb", "dollars", "million", "billion", "thousand", "hundred", "trillion", "if",
    ];

    private static readonly string[] UpWords =
    [
        "increase", "increased", "increases", "increasing", "rise", "rises", "rose", "risen", "rising", "grew", "grow",
        "grows", "growing", "growth", "gain", "gained", "climbed", "uptick", "upturn", "surge", "surged", "jump", "jumped",
    ];

    private static readonly string[] DownWords =
    [
        "decrease", "decreased", "decreases", "decreasing", "decline", "declined", "declines", "drop", "dropped", "drops",
        "fell", "fall", "falls", "fallen", "reduce", "reduced", "reduces", "reducing", "reduction", "cut", "downturn", "slump",
    ];

    private static readonly string[] IrregularPlurals = ["people", "staff", "personnel", "police", "children", "men", "women", "persons", "media"];

    // Hashes of every word the scanner acts on, so that the many words it ignores are passed over with one lookup.
    private static readonly HashSet<int> KeywordHashes = BuildKeywordHashes();

    /// <summary>Whether the scanner may act on <paramref name="word"/> (a number word, month, change word …); false
    /// for certain for every other word, true possibly for a few others with the same hash.</summary>
    public static bool IsKeyword(ReadOnlySpan<char> word) => KeywordHashes.Contains(Hash(word));

    /// <summary>The value of a cardinal word (<c>two</c>, <c>twenty</c>, <c>twenty-two</c>), or -1.</summary>
    public static int Cardinal(ReadOnlySpan<char> word)
    {
        var dash = word.IndexOf('-');
        if (dash > 0)
        {
            var tens = IndexOf(Tens, word[..dash]);
            var unit = IndexOf(Units, word[(dash + 1)..]);
            return tens >= 0 && unit is >= 1 and <= 9 ? ((tens + 2) * 10) + unit : -1;
        }

        var u = IndexOf(Units, word);
        if (u >= 0)
        {
            return u;
        }

        var t = IndexOf(Tens, word);
        return t >= 0 ? (t + 2) * 10 : -1;
    }

    /// <summary>The value of an ordinal word (<c>first</c>, <c>twenty-first</c>, <c>thirtieth</c>), or -1.</summary>
    public static int OrdinalWord(ReadOnlySpan<char> word)
    {
        var dash = word.IndexOf('-');
        if (dash > 0)
        {
            var tens = IndexOf(Tens, word[..dash]);
            var unit = IndexOf(UnitOrdinals, word[(dash + 1)..]);
            return tens >= 0 && unit is >= 1 and <= 9 ? ((tens + 2) * 10) + unit : -1;
        }

        var u = IndexOf(UnitOrdinals, word);
        if (u >= 1)
        {
            return u;
        }

        var t = IndexOf(TenOrdinals, word);
        if (t >= 0)
        {
            return (t + 2) * 10;
        }

        if (word.Equals("hundredth", StringComparison.OrdinalIgnoreCase))
        {
            return 100;
        }

        // "the inaugural forum" is its first edition, as 首届 is: read like "first".
        return word.Equals("inaugural", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
    }

    /// <summary>The value of an ordinal adverb (<c>firstly</c> 1 … <c>tenthly</c> 10), which only ever numbers points, or 0.</summary>
    public static int OrdinalAdverb(ReadOnlySpan<char> word)
    {
        if (word.Length < 7 || !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var ordinal = IndexOf(UnitOrdinals, word[..^2]);
        return ordinal is >= 1 and <= 10 ? ordinal : 0;
    }

    /// <summary>The value of a scale word (<c>thousand</c>, <c>million</c>, <c>billion</c>, <c>trillion</c>), or 0.</summary>
    public static decimal Scale(ReadOnlySpan<char> word)
    {
        if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase))
        {
            return 1000m;
        }

        if (word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("mn", StringComparison.Ordinal))
        {
            return 1000000m;
        }

        if (word.Equals("billion", StringComparison.OrdinalIgnoreCase) || word.Equals("bn", StringComparison.Ordinal))
        {
            return 1000000000m;
        }

        return word.Equals("trillion", StringComparison.OrdinalIgnoreCase) ? 1000000000000m : 0;
    }

    /// <summary>The multiple a verb of doubling states (<c>doubled</c> = 2, <c>tripling</c> = 3), or 0; <c>double</c> and
    /// <c>triple</c> only as verbs after <c>to</c> or a modal (a double standard states no multiple).</summary>
    public static int Doubling(ReadOnlySpan<char> word, ReadOnlySpan<char> before)
    {
        foreach (var (form, times) in (ReadOnlySpan<(string, int)>)[("doubled", 2), ("doubling", 2), ("doubles", 2), ("tripled", 3), ("tripling", 3), ("triples", 3), ("quadrupled", 4)])
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return times;
            }
        }

        var bare = word.Equals("double", StringComparison.OrdinalIgnoreCase) ? 2 : word.Equals("triple", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        if (bare == 0)
        {
            return 0;
        }

        before = before.TrimEnd(' ');
        foreach (var auxiliary in (ReadOnlySpan<string>)["to", "will", "would", "could", "can", "may", "might", "should", "must"])
        {
            if (EndsWithWords(before, auxiliary))
            {
                return bare;
            }
        }

        return 0;
    }

    /// <summary>The offset of the year that <c>this</c>, <c>last</c> or <c>next</c> names before <c>year</c> or a month, or null.</summary>
    public static int? RelativeYearOffset(ReadOnlySpan<char> word) =>
        word.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0
        : word.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1
        : word.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : null;

    /// <summary>The day of the week (1 for Monday to 7) a capitalized word names, or 0.</summary>
    public static int Weekday(ReadOnlySpan<char> word)
    {
        // Saturday's game: the possessive.
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        return word.Length > 0 && char.IsUpper(word[0]) ? IndexOf(Weekdays, word) + 1 : 0;
    }

    /// <summary>The month (1 to 12) a word names, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        var m = IndexOf(Months, word);
        return m >= 0 ? m + 1 : 0;
    }

    /// <summary>The month (1 to 12) an abbreviation names (<c>Jan</c>, <c>Sept</c>), or 0; the caller checks the full stop.</summary>
    public static int MonthAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Equals("sept", StringComparison.OrdinalIgnoreCase))
        {
            return 9;
        }

        var m = IndexOf(MonthAbbreviations, word);
        return m >= 0 ? m + 1 : 0;
    }

    /// <summary>Whether <paramref name="word"/>, just before a month name alone, makes the month a time (<c>of</c>,
    /// <c>this</c>, <c>in</c> …).</summary>
    public static bool IntroducesMonth(ReadOnlySpan<char> word) => IndexOf(MonthIntroducers, word) >= 0;

    /// <summary>The direction of a change stated just before <paramref name="end"/> in so many words (<c>an increase
    /// of</c>, <c>a drop of</c>, <c>increased by</c>, or <c>up</c> / <c>down by</c> opening a clause), or none.</summary>
    public static Direction StatedChangeBefore(string text, int end)
    {
        ReadOnlySpan<(string Words, Direction Direction)> phrases =
        [
            ("increase of", Direction.Up), ("rise of", Direction.Up), ("growth of", Direction.Up), ("gain of", Direction.Up),
            ("increased by", Direction.Up), ("rose by", Direction.Up), ("grew by", Direction.Up), ("risen by", Direction.Up),
            ("decrease of", Direction.Down), ("drop of", Direction.Down), ("decline of", Direction.Down), ("fall of", Direction.Down),
            ("reduction of", Direction.Down), ("decreased by", Direction.Down), ("fell by", Direction.Down),
            ("dropped by", Direction.Down), ("declined by", Direction.Down), ("reduced by", Direction.Down),
        ];
        var span = text.AsSpan(0, end).TrimEnd(' ');
        foreach (var (words, direction) in phrases)
        {
            if (EndsWithWords(span, words))
            {
                return direction;
            }
        }

        // ", up 9.3 patents", ", down by 12 cases": up and down after a comma; "set up 353 centers" is no change.
        foreach (var (words, direction) in (ReadOnlySpan<(string, Direction)>)[("up by", Direction.Up), ("up", Direction.Up), ("down by", Direction.Down), ("down", Direction.Down)])
        {
            if (EndsWithWords(span, words) && span[..^words.Length].TrimEnd(' ') is { Length: > 0 } before && before[^1] is ',' or ';' or '—' or '–')
            {
                return direction;
            }
        }

        return Direction.None;
    }

    /// <summary>The divisor of a fraction word (<c>half</c> 2, <c>third</c> 3, <c>quarter</c> 4, <c>fifth</c> 5 …), or 0.</summary>
    public static int FractionDivisor(ReadOnlySpan<char> word)
    {
        if (word.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        if (word.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            return 4;
        }

        var ordinal = OrdinalWord(word);
        return ordinal is >= 3 and <= 10 ? ordinal : 0;
    }

    /// <summary>The years a word of centuries or decades stands for (<c>decades</c> = 10), or 0.</summary>
    public static int YearsIn(ReadOnlySpan<char> word) =>
        word.Equals("decade", StringComparison.OrdinalIgnoreCase) || word.Equals("decades", StringComparison.OrdinalIgnoreCase) ? 10
        : word.Equals("century", StringComparison.OrdinalIgnoreCase) || word.Equals("centuries", StringComparison.OrdinalIgnoreCase) ? 100 : 0;

    /// <summary>The currency a word after an amount's hyphen names (<c>16,000-yuan</c>), or null.</summary>
    public static Currency? CurrencyOfWord(ReadOnlySpan<char> word) =>
        word.Equals("yuan", StringComparison.OrdinalIgnoreCase) ? Currency.Cny
        : word.Equals("dollar", StringComparison.OrdinalIgnoreCase) ? Currency.Usd
        : word.Equals("euro", StringComparison.OrdinalIgnoreCase) ? Currency.Eur
        : word.Equals("pound", StringComparison.OrdinalIgnoreCase) ? Currency.Gbp
        : word.Equals("yen", StringComparison.OrdinalIgnoreCase) ? Currency.Jpy : null;

    /// <summary>Hyphenated words that begin with a number but count nothing (<c>two-way</c>, <c>three-dimensional</c>).</summary>
    public static bool IsNoCountCompound(ReadOnlySpan<char> tail)
    {
        foreach (var word in (ReadOnlySpan<string>)["way", "sided", "dimensional", "fold", "off", "stop", "step", "tier", "pronged", "pointed", "thirds", "quarters"])
        {
            if (tail.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The unit of time a word names (<c>days</c>, <c>month</c>, <c>years</c>), or null.</summary>
    public static TimeUnit? Time(ReadOnlySpan<char> word)
    {
        var singular = word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word[..^1] : word;
        if (singular.Equals("day", StringComparison.OrdinalIgnoreCase))
        {
            return TimeUnit.Day;
        }

        if (singular.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            return TimeUnit.Week;
        }

        if (singular.Equals("month", StringComparison.OrdinalIgnoreCase))
        {
            return TimeUnit.Month;
        }

        return singular.Equals("year", StringComparison.OrdinalIgnoreCase) ? TimeUnit.Year : null;
    }

    /// <summary>The direction of a change word (<c>up</c>, <c>increase</c>, <c>decrease</c>, <c>reducing</c> …).</summary>
    public static Direction Change(ReadOnlySpan<char> word)
    {
        foreach (var w in UpWords)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return Direction.Up;
            }
        }

        foreach (var w in DownWords)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return Direction.Down;
            }
        }

        return Direction.None;
    }

    /// <summary>Whether a word ends the noun phrase after a number.</summary>
    public static bool IsStop(ReadOnlySpan<char> word) => IndexOf(Stops, word) >= 0;

    /// <summary>Whether a word looks like a plural noun (<c>cases</c>, <c>people</c>), the head of what is counted.</summary>
    public static bool IsPlural(ReadOnlySpan<char> word)
    {
        if (IndexOf(IrregularPlurals, word) >= 0)
        {
            return true;
        }

        return word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The qualifier that ends just before <paramref name="end"/> (<c>more than</c>, <c>nearly</c>, <c>over</c> …).</summary>
    public static Approximation QualifierBefore(string text, int end)
    {
        ReadOnlySpan<(string Words, Approximation Approximation)> phrases =
        [
            ("no more than", Approximation.UpTo), ("not more than", Approximation.UpTo), ("not exceed", Approximation.UpTo),
            ("not exceeding", Approximation.UpTo), ("not to exceed", Approximation.UpTo),
            ("more than", Approximation.MoreThan), ("over", Approximation.MoreThan), ("exceeded", Approximation.MoreThan),
            ("exceeding", Approximation.MoreThan), ("exceeds", Approximation.MoreThan), ("above", Approximation.MoreThan),
            ("in excess of", Approximation.MoreThan), ("upwards of", Approximation.MoreThan),
            ("at least", Approximation.AtLeast), ("no less than", Approximation.AtLeast), ("not less than", Approximation.AtLeast),
            ("no fewer than", Approximation.AtLeast),
            ("nearly", Approximation.Nearly), ("almost", Approximation.Nearly), ("close to", Approximation.Nearly),
            ("about", Approximation.About), ("around", Approximation.About), ("approximately", Approximation.About),
            ("roughly", Approximation.About), ("some", Approximation.About), ("ca", Approximation.About), ("ca.", Approximation.About),
            ("circa", Approximation.About), ("near", Approximation.Nearly),
            ("up to", Approximation.UpTo), ("as many as", Approximation.UpTo),
            ("less than", Approximation.LessThan), ("fewer than", Approximation.LessThan), ("under", Approximation.LessThan),
            ("below", Approximation.LessThan),
        ];
        var span = text.AsSpan(0, end).TrimEnd(' ');
        foreach (var (words, approximation) in phrases)
        {
            if (span.EndsWith(words, StringComparison.OrdinalIgnoreCase)
                && (span.Length == words.Length || !char.IsLetter(span[span.Length - words.Length - 1])))
            {
                // "rose up to 832", "can reach up to 85%": up to after a verb of reaching is the level reached, not a bound;
                // "the above four" is a determiner.
                // "should not be less than 60%": a bound denied is the bound the other way.
                if (approximation is Approximation.LessThan or Approximation.MoreThan && EndsWithNegation(span[..^words.Length]))
                {
                    return approximation == Approximation.LessThan ? Approximation.AtLeast : Approximation.UpTo;
                }

                // "all over two genomes": over as a place, not a bound.
                if (words == "over" && EndsWithWords(span[..^words.Length].TrimEnd(' '), "all"))
                {
                    return Approximation.Exact;
                }

                if ((approximation == Approximation.UpTo && words == "up to" && AfterVerbOfReaching(span[..^words.Length]))
                    || (words == "above" && EndsWithWords(span[..^words.Length].TrimEnd(' '), "the")))
                {
                    return Approximation.Exact;
                }

                return approximation;
            }
        }

        return Approximation.Exact;
    }

    private static bool EndsWithNegation(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        if (EndsWithWords(before, "be"))
        {
            before = before[..^2].TrimEnd(' ');
        }

        return EndsWithWords(before, "not") || EndsWithWords(before, "never") || EndsWithWords(before, "n't");
    }

    private static bool AfterVerbOfReaching(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        foreach (var verb in (ReadOnlySpan<string>)["reach", "reached", "reaches", "rose", "rise", "rises", "risen", "climbed", "climb", "increased",
                     "increase", "grew", "grow", "jumped", "soared", "surged", "went", "go", "amounted", "added", "up"])
        {
            if (EndsWithWords(before, verb))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWords(ReadOnlySpan<char> span, string words) =>
        span.EndsWith(words, StringComparison.OrdinalIgnoreCase) && (span.Length == words.Length || !char.IsLetter(span[span.Length - words.Length - 1]));

    private static HashSet<int> BuildKeywordHashes()
    {
        string[] others = ["inaugural", "sept", "hundredth", "per", "every", "page", "p", "pp", "up", "down", "half", "quarter"];
        var words = Units.Concat(Tens).Concat(UnitOrdinals).Concat(TenOrdinals).Concat(Months).Concat(MonthAbbreviations).Concat(Weekdays).Concat(["this", "last", "next", "doubled", "doubling", "doubles", "tripled", "tripling", "triples", "quadrupled", "double", "triple"]).Concat(UnitOrdinals.Skip(1).Take(10).Select(o => o + "ly")).Concat(others)
            .Concat(UpWords).Concat(DownWords);
        return [.. words.Select(w => Hash(w))];
    }

    // A case-insensitive hash of ASCII letters.
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = word.Length;
        foreach (var c in word)
        {
            hash = unchecked((hash * 31) + (c | 0x20));
        }

        return hash;
    }

    private static int IndexOf(string[] words, ReadOnlySpan<char> word)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (word.Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }
}
