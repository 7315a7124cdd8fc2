using Extract.Documents;
using Extract.Quantities;
using Extract.Segmentation;
using Extract.Sentences;

namespace Extract.Facts;

/// <summary>Turns the quantities of one sentence into facts: each figure gets its indicator and label, each change
/// its figure, each fact its period, subject and qualifiers. One reader per language and per run (not thread-safe).</summary>
internal sealed class SentenceFactReader
{
    /// <summary>The most figures of one sentence read with their words; a longer run-on (a table flattened into one
    /// line) yields its figures as facts labelled by their own text, so that the work stays linear in its length.</summary>
    internal const int MaxFiguresPerSentence = 100;

    /// <summary>The longest sentence, in characters, read with its words (see <see cref="MaxFiguresPerSentence"/>).</summary>
    internal const int MaxSentenceLength = 5000;

    private readonly LanguageRules rules;
    private readonly IndicatorMatcher matcher;
    private readonly ISegmenter? segmenter;

    public SentenceFactReader(IndicatorCatalog catalog, Language language, ISegmenter? segmenter)
    {
        rules = language == Language.English ? EnglishRules.Instance : ChineseRules.Instance;
        matcher = new IndicatorMatcher(catalog, language);
        this.segmenter = language == Language.English ? null : segmenter;
    }

    /// <summary>Reads a sentence without figures for what it leaves to the next one: its subject. An English
    /// subject is cheap to read; a Chinese one would need the sentence segmented, so the carried subject is dropped
    /// instead (a later sentence without its own subject then has none, rather than a wrong one).</summary>
    public void Pass(Sentence sentence, ReadingState state)
    {
        if (segmenter is null)
        {
            var view = new SentenceView(sentence.Text, [], sentence.Span.Start, null);
            state.Subject = rules.Subject(view, out _) ?? (rules.ContinuesSubject(view) ? state.Subject : null);
        }
        else
        {
            state.Subject = null;
        }
    }

    public void Read(Sentence sentence, IReadOnlyList<Quantity> quantities, ReadingState state, List<Fact> facts)
    {
        var view = new SentenceView(sentence.Text, quantities, sentence.Span.Start, segmenter);
        var consumed = new HashSet<Quantity>();
        var markers = rules.PeriodMarkers(view, state.DocumentYear, state.Period?.LastYear ?? state.DocumentYear, consumed);
        var carried = state.Period;
        foreach (var marker in markers)
        {
            if (marker.Carries)
            {
                state.Period = marker.Period;
            }
        }

        // Figures and changes, in text order; names, identifiers and times are not facts.
        var measures = quantities.Where(q => q.Role == QuantityRole.Measure && !FactExtractor.IsTemporal(q) && !consumed.Contains(q)).ToList();
        if (measures.Count == 0)
        {
            return;
        }

        // The guard comes before the reading of the wording: each figure's change and clause are read from the
        // sentence around it, which on a sentence past these limits is quadratic work for no usable name.
        if (measures.Count > MaxFiguresPerSentence || view.Text.Length > MaxSentenceLength)
        {
            foreach (var draft in measures.Select(q => new FactDraft(q, view.StartOf(q), view.EndOf(q))).OrderBy(d => d.Start))
            {
                var (period, origin) = PeriodAt(markers, carried, state.ReportingYear, draft.Start, stock: false);
                facts.Add(new Fact(null, draft.Quantity.Text, draft.Quantity, period, null, null, FactQualifiers.None, sentence) { PeriodOrigin = origin });
            }

            return;
        }

        var figures = new List<FactDraft>();
        var changes = new List<(FactDraft Draft, ChangeWording Wording)>();
        foreach (var quantity in measures)
        {
            var draft = new FactDraft(quantity, view.StartOf(quantity), view.EndOf(quantity));
            var wording = rules.ReadChange(view, quantity, ClauseStart(view.Text, draft.Start));
            if (wording.Direction is not null || (quantity.Unit is Unit.Percent && figures.Count > 0 && IsInChangeList(view.Text, changes, draft)))
            {
                changes.Add((draft, wording));
            }
            else
            {
                figures.Add(draft);
            }
        }

        AttachChanges(view.Text, figures, changes);

        var subject = rules.Subject(view, out var subjectEnd);
        if (subject is null && rules.ContinuesSubject(view))
        {
            subject = state.Subject;
        }

        state.Subject = subject;
        figures.Sort((a, b) => a.Start.CompareTo(b.Start));
        matcher.Start(view.Text, [.. figures.Select(f => (new TextSpan(f.Start, f.End - f.Start), f.Quantity.Unit))]);
        NameLists(view, figures, subjectEnd);
        for (var i = 0; i < figures.Count; i++)
        {
            var draft = figures[i];
            // Quantities do not overlap, but a stretch must never run backwards whatever the recognizer returns.
            var stretchStart = Math.Min(draft.Start, Math.Max(ClauseStart(view.Text, draft.Start), Math.Max(i > 0 ? figures[i - 1].End : 0, ChangeEndBefore(changes, draft.Start))));
            draft.Indicator ??= matcher.Match(new TextSpan(draft.Start, draft.End - draft.Start), draft.Quantity.Unit);

            // "another 6", 另有, 分别有: the figure counts more of what the figure before it counts.
            var continues = rules.ContinuesFigure(view, stretchStart, draft.Start);
            var (previousIndicator, previousLabel) = continues ? PreviousFigure(figures, i, state) : default;
            if (draft.Label is null)
            {
                var label = rules.Label(view, stretchStart, draft.Start, draft.End, subjectEnd);
                if (label.Length == 0 && !continues && i > 0 && figures[i - 1].End >= stretchStart)
                {
                    // 443件959人: the second count shares the first one's words.
                    label = figures[i - 1].Label ?? string.Empty;
                }

                // Only a real continuation inherits the words of the figure before; any other figure without words
                // (an enumerator: "First, …", 一是) is named by its own text rather than by unrelated words.
                draft.Label = label.Length > 0 ? label : continues ? previousLabel ?? draft.Quantity.Text : draft.Quantity.Text;
            }

            // The indicator only when the figure's words are the previous figure's or name the same thing (another
            // two schools after eight model schools); "another five parks to run pilot custody projects" counts
            // something else than the navigation projects before it.
            if (continues && draft.Indicator is null && previousIndicator is { } inherited && inherited.Unit.Admits(draft.Quantity.Unit)
                && previousLabel is not null && (draft.Label == previousLabel || SharesLastWord(previousLabel, draft.Label)))
            {
                draft.Indicator = inherited;
            }

            // "Japan (22,000), the United States (20,000)" after "78,000 invention patent applications": a count in
            // brackets after a name breaks down the count before it.
            if (draft.Indicator is null && draft.Quantity.Unit is Unit.Count && IsBracketed(view.Text, draft)
                && WholeBefore(view.Text, figures, i) is { Indicator: { } whole } && whole.Unit.Admits(draft.Quantity.Unit))
            {
                draft.Indicator = whole;
                draft.Qualifiers |= FactQualifiers.PartOfPrevious;
            }

            draft.Qualifiers |= rules.Qualifiers(view, stretchStart, draft.Start, draft.End);
            var stock = rules.IsStock(view, stretchStart, draft.Start, draft.Label) || draft.Qualifiers.HasFlag(FactQualifiers.Cumulative);
            var (period, origin) = PeriodAt(markers, carried, state.ReportingYear, draft.Start, stock);
            var fact = new Fact(draft.Indicator, draft.Label, draft.Quantity, period, draft.Change, subject, draft.Qualifiers, sentence) { PeriodOrigin = origin };
            facts.Add(fact);
            if (fact.Quantity.Unit is not Unit.Ordinal)
            {
                state.LastFact = fact;
            }
        }
    }

    private static bool IsBracketed(string text, FactDraft draft)
    {
        var before = text.AsSpan(0, draft.Start).TrimEnd();
        var after = text.AsSpan(draft.End).TrimStart();
        return before.Length > 0 && before[^1] is '(' or '（' && after.Length > 0 && after[0] is ')' or '）';
    }

    // The nearest figure before the i-th that is not itself in brackets: what a bracketed breakdown is part of.
    private static FactDraft? WholeBefore(string text, List<FactDraft> figures, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (!IsBracketed(text, figures[j]))
            {
                return figures[j];
            }
        }

        return null;
    }

    // The period of a figure: the last marker before it in the sentence, else the sentence's first marker (a period
    // said at the end: "for the whole year of 2019"), else the one carried from earlier sentences, else the year the
    // document reports on (its end, for a stock).
    private static (Period? Period, PeriodOrigin? Origin) PeriodAt(List<PeriodMarker> markers, Period? carried, int? reportingYear, int position, bool stock)
    {
        PeriodMarker? found = null;
        foreach (var marker in markers)
        {
            if (marker.Position <= position)
            {
                found = marker;
            }
        }

        // A stated period the document cannot place (this year, in an undated text) leaves the figure without one.
        if (found is { } before)
        {
            return before.Period is { } stated ? (stated, PeriodOrigin.Stated) : (null, null);
        }

        if (markers.Count > 0)
        {
            return markers[0].Period is { } first ? (first, PeriodOrigin.Stated) : (null, null);
        }

        if (carried is not null)
        {
            return (carried, PeriodOrigin.Section);
        }

        return reportingYear is { } year
            ? (stock ? new Period.EndOfYear(year) : new Period.Year(year), PeriodOrigin.DocumentYear)
            : (null, null);
    }

    // Where the last change before position ends: its words (up by 15.44% year-on-year, with 57.9 …) name no figure
    // after it.
    private static int ChangeEndBefore(List<(FactDraft Draft, ChangeWording Wording)> changes, int position)
    {
        var end = 0;
        foreach (var (draft, _) in changes)
        {
            if (draft.End <= position && draft.End > end)
            {
                end = draft.End;
            }
        }

        return end;
    }

    // The indicator and label of the figure a continuation continues: the last one before it in the sentence, else
    // the last fact read; an ordinal (the first batch) is a name, never what "further three" counts more of.
    private static (Indicator? Indicator, string? Label) PreviousFigure(List<FactDraft> figures, int index, ReadingState state)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (figures[k].Quantity.Unit is not Unit.Ordinal)
            {
                return (figures[k].Indicator, figures[k].Label);
            }
        }

        return (state.LastFact?.Indicator, state.LastFact?.Label);
    }

    // Whether the last word of label is a word of previous (schools in "model schools in … batch").
    private static bool SharesLastWord(string previous, string label)
    {
        var trimmed = label.AsSpan().Trim();
        var space = trimmed.LastIndexOf(' ');
        var word = space < 0 ? trimmed : trimmed[(space + 1)..];
        return word.Length > 2 && previous.AsSpan().Contains(word, StringComparison.OrdinalIgnoreCase);
    }

    // A percentage in a list after a change (同比分别增长15.54%和8.79%: 8.79% is a change too).
    private bool IsInChangeList(string text, List<(FactDraft Draft, ChangeWording Wording)> changes, FactDraft draft) =>
        changes.Count > 0 && changes[^1].Draft.End <= draft.Start && rules.IsListSeparator(text.AsSpan(changes[^1].Draft.End, draft.Start - changes[^1].Draft.End));

    // Gives each run of changes (同比分别增长15.54%和8.79%) to the figures before it that have none yet, in order; a
    // change with no figure to give it to is a figure itself (实现审批时限减少66%). One change after two figures goes
    // to the nearer one: the grammar makes it about the last clause (150,800, including 50,700 invention patents, an
    // increase of 14.28%: the invention patents rose), and where the figures are coordinated (349,100 trademark
    // applications and 242,200 registrations, an increase of 2.7%) the text is ambiguous and the last figure is the
    // reading the sentence's own grammar gives.
    private void AttachChanges(string text, List<FactDraft> figures, List<(FactDraft Draft, ChangeWording Wording)> changes)
    {
        var i = 0;
        while (i < changes.Count)
        {
            var run = 1;
            while (i + run < changes.Count && IsSeparatedByList(text, changes[i + run - 1].Draft, changes[i + run].Draft))
            {
                run++;
            }

            var direction = changes.Skip(i).Take(run).Select(c => c.Wording.Direction).FirstOrDefault(d => d is not null);
            var basis = changes.Skip(i).Take(run).Any(c => c.Wording.Basis == ChangeBasis.YearOnYear) ? ChangeBasis.YearOnYear : ChangeBasis.Unstated;
            var first = changes[i].Draft;
            var pending = figures.Where(f => f.End <= first.Start && f.Change is null && f.Quantity.Unit is not Unit.Percent).ToList();
            var targets = pending.Count >= run ? pending.GetRange(pending.Count - run, run) : run > 1 ? pending : [];
            for (var k = 0; k < run; k++)
            {
                var (draft, wording) = changes[i + k];
                var change = direction is { } d ? MakeChange(draft.Quantity, wording.Direction ?? d, basis) : null;
                if (k < targets.Count && change is not null)
                {
                    targets[k].Change = change;
                }
                else
                {
                    figures.Add(draft);
                }
            }

            i += run;
        }
    }

    private static Change MakeChange(Quantity amount, ChangeDirection direction, ChangeBasis basis)
    {
        var unit = amount.Unit switch
        {
            Unit.Percent => ChangeUnit.Percent,
            Unit.PercentagePoints => ChangeUnit.PercentagePoints,
            _ => ChangeUnit.Absolute,
        };
        return new Change(amount, unit, direction, basis);
    }

    private bool IsSeparatedByList(string text, FactDraft left, FactDraft right)
    {
        if (right.Start < left.End)
        {
            return false;
        }

        var between = text.AsSpan(left.End, right.Start - left.End);
        return rules.IsListSeparator(between);
    }

    // A list of figures after coordinated names (发明专利申请量和授权量各为7.14万件和2.27万件; patent filings and patents
    // granted … reached 173,600 and 100,600): each figure takes its own name.
    private void NameLists(SentenceView view, List<FactDraft> figures, int subjectEnd)
    {
        var i = 0;
        while (i < figures.Count)
        {
            var run = 1;
            while (i + run < figures.Count && IsSeparatedByList(view.Text, figures[i + run - 1], figures[i + run]))
            {
                run++;
            }

            if (run > 1)
            {
                var first = figures[i];
                var stretchStart = Math.Min(first.Start, Math.Max(ClauseStart(view.Text, first.Start), i > 0 ? figures[i - 1].End : 0));
                if (rules.Conjuncts(view, stretchStart, first.Start, run, subjectEnd) is { } names)
                {
                    for (var k = 0; k < run; k++)
                    {
                        var draft = figures[i + k];
                        draft.Label = names[k];
                        draft.Indicator = matcher.MatchPhrase(names[k], draft.Quantity.Unit);
                    }
                }
            }

            i += run;
        }
    }

    private int ClauseStart(string text, int position)
    {
        var start = position;
        while (start > 0 && !rules.IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        return start;
    }
}
