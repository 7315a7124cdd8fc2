using Extract.Quantities;

namespace Extract.Facts;

/// <summary>The wording of English statistical prose: <c>In 2019, the total number of patent filings … reached
/// 173,600 …, up by 15.54% … year on year</c>.</summary>
internal sealed class EnglishRules : LanguageRules
{
    public static EnglishRules Instance { get; } = new();

    // Words naming a body that acts: a subject that is not the city itself.
    private static readonly string[] BodyWords =
    [
        "court", "procurator", "prosecutorial", "bureau", "customs", "administration", "commission", "office", "organs",
        "system", "agency", "committee", "government", "cnipa", "center", "centre", "team", "association", "police",
        "department", "platform", "exchange", "agencies", "courts",
    ];

    // Verbs that end an English subject; any other lower-case word ending in -ed does too.
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "has", "have", "had", "reached", "hit", "stood", "boasted", "saw", "recorded", "totaled",
        "totalled", "held", "took", "also", "claimed", "built", "issued", "ran", "made", "set", "won", "handled", "seized",
        "led", "sealed", "signed", "dealt", "shut", "kept", "got", "obtained", "will", "should", "amounted",
    };

    private static readonly HashSet<string> OwnSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "Shanghai", "the city", "Shanghai's", "Shanghai Municipality", "the municipality",
    };

    private static readonly string[] LeadingAdverbials =
    [
        "in addition", "additionally", "further", "furthermore", "moreover", "meanwhile", "notably", "similarly", "as a result",
        "by far", "on the legal front", "in ", "by ", "over ", "throughout ", "last year", "for ", "during ", "recently",
    ];

    private static readonly string[] UpBefore = ["up", "up by", "increase of", "growth of", "rise of", "increased by", "rose by", "grew by", "rising by", "growing by", "increasing by", "higher by"];
    private static readonly string[] DownBefore = ["down", "down by", "decrease of", "decline of", "fall of", "drop of", "fell by", "dropped by", "decreased by", "declined by", "reducing", "reduced by", "lower by"];
    private static readonly string[] UpAfter = ["increase", "growth", "rise", "uptick", "surge", "jump", "year-on-year growth", "year on year growth", "year-on-year increase", "higher"];
    private static readonly string[] DownAfter = ["decrease", "decline", "drop", "fall", "reduction", "lower"];
    private static readonly string[] YearOnYearWords = ["year on year", "year-on-year", "previous year", "over last year", "from last year", "compared with last year", "compared to last year", "over the same period"];

    // Words that make a figure a stock held at a date rather than a flow over the year.
    private static readonly string[] StockWords =
    [
        "valid", "in force", "now", "so far", "to date", "cumulative", "cumulatively", "currently", "making the total", "bringing the total",
    ];

    private static readonly string[] Linkers =
    [
        "a total of", "total of", "totaling", "totalling", "totaled", "totalled", "amounting to", "amounted to", "reached", "reaching",
        "stood at", "hit", "was", "were", "of", "to", "at", "by", "about", "nearly", "over", "more than", "another", "approximately",
        "around", "surpassed", "exceeded", "exceeding", "surged to", "with", "and", "above", "than", "some", "almost", "up", "the",
        "total number of", "number of",
    ];

    private static readonly HashSet<string> AfterStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "from", "with", "involving", "and", "to", "in", "for", "which", "were", "was", "that", "by", "as", "at", "on",
        "have", "has", "had", "is", "are", "up", "down", "an", "a", "the", "reflecting", "making", "marking", "while",
    };

    public override bool IsClauseBreak(char c) => c is ';' or '；' or ':';

    public override bool IsListSeparator(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        return trimmed is "and" or "," or ", and" or "or" or "&";
    }

    public override List<PeriodMarker> PeriodMarkers(SentenceView sentence, int? documentYear, int? currentYear, HashSet<Quantity> consumed)
    {
        var text = sentence.Text;
        var markers = new List<PeriodMarker>();
        var explicitYear = false;

        // A date already placed in the document's year (As of June this year) says more than its "this year".
        var dated = false;
        foreach (var quantity in sentence.Quantities)
        {
            var start = sentence.StartOf(quantity);
            var before = text.AsSpan(0, start).TrimEnd();
            switch (quantity.Unit)
            {
                case Unit.Year:
                    var year = (int)quantity.Value;
                    if (EndsWithWord(before, "by the end of") || EndsWithWord(before, "at the end of") || EndsWithWord(before, "as of")
                        || EndsWithWord(before, "by the end of the year") || EndsWithWord(before, "by"))
                    {
                        markers.Add(new PeriodMarker(start, new Period.EndOfYear(year), Carries: false));
                        explicitYear = true;
                    }
                    else if (EndsWithWord(before, "in") || EndsWithWord(before, "in the year") || EndsWithWord(before, "for the whole year of")
                        || EndsWithWord(before, "during") || EndsWithWord(before, "throughout") || EndsWithWord(before, "for"))
                    {
                        // Only a year that opens the sentence (In 2019, …) sets the period of the paragraph.
                        markers.Add(new PeriodMarker(start, new Period.Year(year), Carries: before.Length <= 16 && !before.Contains(',')));
                        explicitYear = true;
                    }

                    break;
                case Unit.Date when before.IsEmpty || EndsWithWord(before, "as of") || EndsWithWord(before, "by") || EndsWithWord(before, "on"):
                    markers.Add(new PeriodMarker(start, DateIn((int)quantity.Value, documentYear), Carries: false));
                    dated = true;

                    break;
                case Unit.YearRange range when EndsWithWord(before, "in") || EndsWithWord(before, "during") || EndsWithWord(before, "from") || before.IsEmpty:
                    markers.Add(new PeriodMarker(start, new Period.Years((int)quantity.Value, range.EndYear), Carries: false));
                    explicitYear = true;
                    break;
                case Unit.YearPart part:
                    markers.Add(new PeriodMarker(start, YearPartIn(markers, documentYear, (int)quantity.Value, part.Parts), Carries: false));
                    explicitYear = true;

                    break;
                case Unit.Duration { TimeUnit: TimeUnit.Year } when documentYear is { } reference
                    && (EndsWithWord(before, "past") || EndsWithWord(before, "last") || EndsWithWord(before, "recent")):
                    var count = (int)quantity.Value;
                    markers.Add(new PeriodMarker(start, new Period.Years(reference - count + 1, reference), Carries: false));
                    consumed.Add(quantity);
                    break;
            }
        }

        if (documentYear is { } own && !explicitYear)
        {
            if (text.StartsWith("Last year", StringComparison.OrdinalIgnoreCase))
            {
                markers.Add(new PeriodMarker(0, new Period.Year(own - 1), Carries: true));
            }

            if (!dated)
            {
                AddPhrase(markers, text, "this year", new Period.Year(own));
            }
        }
        else if (documentYear is null && !explicitYear)
        {
            AddPhrase(markers, text, "this year", null);
        }

        if ((currentYear ?? documentYear) is { } current && !explicitYear)
        {
            foreach (var phrase in (ReadOnlySpan<string>)["by the end of the year", "by year-end", "by year end", "at the end of the year"])
            {
                AddPhrase(markers, text, phrase, new Period.EndOfYear(current));
            }

            foreach (var phrase in (ReadOnlySpan<string>)["throughout the year", "in the whole year", "for the whole year", "over the past year"])
            {
                AddPhrase(markers, text, phrase, new Period.Year(current));
            }
        }

        markers.Sort((a, b) => a.Position.CompareTo(b.Position));
        return markers;
    }

    public override ChangeWording ReadChange(SentenceView sentence, Quantity quantity, int clauseStart)
    {
        var text = sentence.Text;
        var start = sentence.StartOf(quantity);
        var end = sentence.EndOf(quantity);
        var before = text.AsSpan(clauseStart, start - clauseStart).TrimEnd();
        var after = text.AsSpan(end).TrimStart();
        ChangeDirection? direction = quantity.Direction switch
        {
            Direction.Up => ChangeDirection.Up,
            Direction.Down => ChangeDirection.Down,
            _ => null,
        };
        if (quantity.Unit is Unit.Percent or Unit.PercentagePoints)
        {
            direction ??= EndsWithAny(before, UpBefore) ? ChangeDirection.Up
                : EndsWithAny(before, DownBefore) ? ChangeDirection.Down
                : StartsWithAny(after, UpAfter) ? ChangeDirection.Up
                : StartsWithAny(after, DownAfter) ? ChangeDirection.Down
                : null;
        }
        else
        {
            // An absolute change is only read where the words say so plainly: a rise of 9.3 patents.
            direction = EndsWithWord(before, "a rise of") || EndsWithWord(before, "an increase of") || EndsWithWord(before, "up by") ? ChangeDirection.Up
                : EndsWithWord(before, "a decrease of") || EndsWithWord(before, "a drop of") || EndsWithWord(before, "down by") ? ChangeDirection.Down
                : null;

        }

        // The basis is said after the figure (up by 28% year on year) or just before it (a year-on-year increase of 7.31%).
        var clauseEnd = end;
        while (clauseEnd < text.Length && !IsClauseBreak(text[clauseEnd]) && text[clauseEnd] != '.')
        {
            clauseEnd++;
        }

        var around = text.AsSpan(Math.Max(clauseStart, start - 40), clauseEnd - Math.Max(clauseStart, start - 40));
        var basis = ChangeBasis.Unstated;
        foreach (var words in YearOnYearWords)
        {
            if (around.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                basis = ChangeBasis.YearOnYear;
                break;
            }
        }

        // Bare "up 9.3 patents" is a change only when it says against what (… compared with the previous year).
        if (direction is null && basis == ChangeBasis.YearOnYear && quantity.Unit is not (Unit.Percent or Unit.PercentagePoints)
            && (EndsWithWord(before, "up") || EndsWithWord(before, "down")))
        {
            direction = EndsWithWord(before, "up") ? ChangeDirection.Up : ChangeDirection.Down;
        }

        return new ChangeWording(direction, basis);
    }

    public override string? Subject(SentenceView sentence, out int subjectEnd)
    {
        subjectEnd = 0;
        var text = sentence.Text;
        var start = SkipAdverbial(text);
        var position = start;
        var end = -1;
        while (position < text.Length)
        {
            var wordStart = position;
            while (position < text.Length && text[position] != ' ')
            {
                position++;
            }

            var word = text.AsSpan(wordStart, position - wordStart).TrimEnd(",.;:");
            if (word.Length > 0 && char.IsLower(word[0]) && (Verbs.Contains(word.ToString()) || (word.EndsWith("ed") && word.Length > 3)))
            {
                end = wordStart;
                break;
            }

            if (word.EndsWith(",") || text.AsSpan(wordStart, position - wordStart).EndsWith(","))
            {
                return null;
            }

            position++;
        }

        if (end <= start)
        {
            return null;
        }

        var subject = text[start..end].Trim();
        if (subject.Length == 0 || subject.Length > 120 || subject.Any(char.IsDigit))
        {
            return null;
        }

        subjectEnd = end;
        if (OwnSubjects.Contains(subject))
        {
            return null;
        }

        var lower = subject.ToLowerInvariant();
        return BodyWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) ? subject : null;
    }

    public override bool ContinuesSubject(SentenceView sentence) =>
        sentence.Text.StartsWith("It ", StringComparison.Ordinal) || sentence.Text.StartsWith("They ", StringComparison.Ordinal);

    public override string Label(SentenceView sentence, int stretchStart, int start, int end, int subjectEnd)
    {
        var text = sentence.Text;
        stretchStart = Math.Max(stretchStart, 0);
        var before = Before(text, stretchStart, start, out var linkedComma);
        if (before is "for" or "in" or "of" or "from" or "to" or "at" or "on" or "by" or "with" or "as")
        {
            // A preposition alone (for the first time) names nothing.
            before = string.Empty;
        }

        var opening = text.AsSpan(stretchStart, start - stretchStart).TrimEnd();
        if (EndsWithWord(opening, "another") || EndsWithWord(opening, "further"))
        {
            // The words before "another" belong to the figure before: this one has only the words after it.
            before = string.Empty;
        }

        if (before.Length == 0 && opening.EndsWith("(") && opening.Length > 1)
        {
            // Japan (22,000): the words before the bracket name the figure in it.
            before = Before(text, stretchStart, stretchStart + opening.Length - 1);
        }

        var after = After(text, end);
        if (before.Length == 0 && after.Length == 0 && linkedComma > stretchStart)
        {
            // Only linking words between a comma and the figure, nothing after it (…, totaling over 9.55 million
            // yuan): the phrase before the comma names the figure.
            before = Before(text, stretchStart, linkedComma);
        }

        if (before.Length == 0 && after.Length == 0 && text.AsSpan(0, start).IsWhiteSpace() && text.AsSpan(end).StartsWith(","))
        {
            // An enumerator opening the sentence (First, in terms of creation, …): the words of its clause after it.
            after = RestOfClause(text, end);
        }

        return before.Length == 0 ? after : after.Length == 0 ? before : before + " … " + after;
    }

    public override IReadOnlyList<string>? Conjuncts(SentenceView sentence, int stretchStart, int start, int count, int subjectEnd)
    {
        // Coordinated names run longer than one name: keep more words than a label does.
        return Conjuncts(Before(sentence.Text, stretchStart, start, out _, keepWords: 16), count);
    }

    private static string[]? Conjuncts(string phrase, int count)
    {
        foreach (var lead in (ReadOnlySpan<string>)["the total number of ", "the number of ", "total number of ", "number of ", "total ", "the "])
        {
            if (phrase.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                phrase = phrase[lead.Length..];
                break;
            }
        }

        foreach (var tail in (ReadOnlySpan<string>)[" in Shanghai", " in the city", " from Shanghai", " of Shanghai", " in China", " nationwide"])
        {
            if (phrase.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                phrase = phrase[..^tail.Length];
                break;
            }
        }

        var parts = phrase.Replace(", and ", " and ", StringComparison.Ordinal).Replace(", ", " and ", StringComparison.Ordinal)
            .Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != count)
        {
            return null;
        }

        // "valid foreign invention patents and registered trademarks": the first name's "valid" holds for the others.
        if (parts[0].StartsWith("valid ", StringComparison.OrdinalIgnoreCase))
        {
            for (var k = 1; k < parts.Length; k++)
            {
                if (!parts[k].StartsWith("valid ", StringComparison.OrdinalIgnoreCase))
                {
                    parts[k] = "valid " + parts[k];
                }
            }
        }

        return parts;
    }

    public override bool ContinuesFigure(SentenceView sentence, int stretchStart, int start)
    {
        var before = sentence.Text.AsSpan(stretchStart, start - stretchStart).TrimEnd();
        return EndsWithWord(before, "another") || EndsWithWord(before, "further") || EndsWithWord(before, "a further");
    }

    public override bool IsStock(SentenceView sentence, int stretchStart, int start, string label)
    {
        var before = sentence.Text.AsSpan(stretchStart, start - stretchStart);
        foreach (var word in StockWords)
        {
            if (ContainsWord(before, word) || ContainsWord(label, word))
            {
                return true;
            }
        }

        return false;
    }

    public override FactQualifiers Qualifiers(SentenceView sentence, int stretchStart, int start, int end)
    {
        var before = sentence.Text.AsSpan(stretchStart, start - stretchStart);
        var after = After(sentence.Text, end);
        var qualifiers = FactQualifiers.None;
        if (before.Contains("total", StringComparison.OrdinalIgnoreCase))
        {
            qualifiers |= FactQualifiers.Total;
        }

        if (before.Contains("cumulative", StringComparison.OrdinalIgnoreCase))
        {
            qualifiers |= FactQualifiers.Cumulative;
        }

        if (before.Contains("among which", StringComparison.OrdinalIgnoreCase) || before.Contains("including", StringComparison.OrdinalIgnoreCase)
            || before.Contains("of which", StringComparison.OrdinalIgnoreCase))
        {
            qualifiers |= FactQualifiers.PartOfPrevious;
        }

        if (before.Contains("newly", StringComparison.OrdinalIgnoreCase) || after.StartsWith("new ", StringComparison.OrdinalIgnoreCase)
            || EndsWithWord(before.TrimEnd(), "new"))
        {
            qualifiers |= FactQualifiers.New;
        }

        return qualifiers;
    }

    // Where the subject may start: after a leading adverbial such as "In 2019," or "Further,".
    private static int SkipAdverbial(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and < 48)
        {
            foreach (var lead in LeadingAdverbials)
            {
                if (text.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
                {
                    var next = comma + 1;
                    while (next < text.Length && text[next] == ' ')
                    {
                        next++;
                    }

                    return next;
                }
            }
        }

        return 0;
    }

    // The words of [from, to) that lead to a figure: from the last comma, without the linking words just before it.
    private static string Before(string text, int from, int to) => Before(text, from, to, out _);

    // linkedComma: where the comma stands when nothing but linking words follow it (…, totaling 2.6135 million), else
    // -1: the phrase before the comma names the figure when nothing after the figure does.
    private static string Before(string text, int from, int to, out int linkedComma, int keepWords = 8)
    {
        linkedComma = -1;
        var span = text.AsSpan(from, to - from);
        var comma = -1;
        // From the last comma that ends a phrase (not the one inside 10,000) or bracket.
        for (var i = span.Length - 1; i >= 0; i--)
        {
            // A full stop before a capital is a sentence break the splitter missed (37.It also issued).
            if (span[i] == '(' || (span[i] == ',' && !(i + 1 < span.Length && char.IsAsciiDigit(span[i + 1])))
                || (span[i] == '.' && i + 1 < span.Length && (char.IsUpper(span[i + 1]) || (span[i + 1] == ' ' && i + 2 < span.Length && char.IsUpper(span[i + 2])))))
            {
                comma = span[i] == ',' ? from + i : -1;
                span = span[(i + 1)..];
                break;
            }
        }

        // A closing bracket or quote left of the cut belongs to the phrase before (Korea (10,000) ranking).
        span = span.Trim().TrimStart(")”\"' ");
        var linkersOnly = !span.IsEmpty;
        bool trimmed;
        do
        {
            trimmed = false;
            foreach (var linker in Linkers)
            {
                if (EndsWithWord(span, linker))
                {
                    span = span[..^linker.Length].TrimEnd();
                    trimmed = true;
                }

                if (span.Length > linker.Length && span[linker.Length] == ' ' && span.StartsWith(linker, StringComparison.OrdinalIgnoreCase))
                {
                    span = span[(linker.Length + 1)..].TrimStart();
                    trimmed = true;
                }
            }
        }
        while (trimmed && span.Length > 0);

        if (span.IsEmpty && linkersOnly && comma > from)
        {
            linkedComma = comma;
        }

        // Keep the last eight words: the ones that name the figure.
        var words = 0;
        for (var i = span.Length - 1; i >= 0; i--)
        {
            if (span[i] == ' ' && ++words == keepWords)
            {
                span = span[(i + 1)..];

                // Cut inside a phrase: a leading preposition or conjunction (of patent and trademark pledge financing)
                // belongs to the words left out.
                var space = span.IndexOf(' ');
                if (space > 0 && span[..space] is "of" or "and" or "to" or "in" or "for" or "with" or "or" or "from" or "at" or "on" or "by" or "as")
                {
                    span = span[(space + 1)..];
                }

                break;
            }
        }

        return span.ToString();
    }

    // The noun phrase right after a figure: up to five words, until a preposition, a verb or punctuation.
    private static string After(string text, int from)
    {
        var position = from;
        var end = from;
        for (var words = 0; words < 5 && position < text.Length; words++)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            var wordStart = position;
            while (position < text.Length && char.IsAsciiLetterOrDigit(text[position]) || (position < text.Length && text[position] is '-' or '\''))
            {
                position++;
            }

            if (position == wordStart || AfterStops.Contains(text[wordStart..position]))
            {
                break;
            }

            end = position;
        }

        return text[from..end].Trim();
    }

    // The words after an enumerator and its comma, up to the end of the clause, at most eight.
    private static string RestOfClause(string text, int from)
    {
        var position = from;
        while (position < text.Length && text[position] is ',' or ' ')
        {
            position++;
        }

        var start = position;
        var words = 0;
        while (position < text.Length && text[position] is not (',' or '.' or ';' or ':') && words < 8)
        {
            if (text[position] == ' ')
            {
                words++;
            }

            position++;
        }

        return text[start..position].Trim();
    }

    private static void AddPhrase(List<PeriodMarker> markers, string text, string phrase, Period? period)
    {
        var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            markers.Add(new PeriodMarker(at, period, Carries: false));
        }
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string words) =>
        text.EndsWith(words, StringComparison.OrdinalIgnoreCase)
        && (text.Length == words.Length || !char.IsLetter(text[text.Length - words.Length - 1]));

    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (EndsWithWord(text, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (text.Length == word.Length || !char.IsLetter(text[word.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
