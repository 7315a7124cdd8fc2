using System.Collections.Immutable;
using Extract.Alignment;
using Extract.Quantities;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Reconciliation;

/// <summary>Compares the figures of the two editions, passage by passage, and reports every place where they
/// disagree — and nothing else: figures that agree in another form (17.36 万件 and 173,600; 68 亿余元 and more
/// than 6.8 billion yuan), figures moved to the next sentence, and figures repeated on one side are not reported.</summary>
/// <example>
/// <code>
/// var report = new Reconciler().Reconcile(EditionSplitter.Split(new DocumentReader().Read("whitepaper-2019.zh-en.txt")));
/// foreach (var d in report.AtLeast(Severity.Medium)) Console.WriteLine($"{d.Kind}: {d.Message}");
/// </code>
/// </example>
public sealed class Reconciler
{
    // The aligner's cost (a negative log-probability, less a bonus per shared number) above which a sentence link is
    // itself in doubt: nine links in ten of the 2019 white paper cost under 1.6; the unlikeliest ones, 3 and more.
    private const double DoubtfulLinkCost = 3.0;

    private static readonly Lazy<Facts.FactExtractor> DefaultFactExtractor = new(() => new Facts.FactExtractor());

    private readonly ReconciliationOptions _options;

    /// <summary>Creates a reconciler.</summary>
    /// <param name="options">The options; <see cref="ReconciliationOptions.Default"/> when <see langword="null"/>.</param>
    public Reconciler(ReconciliationOptions? options = null)
    {
        _options = options ?? ReconciliationOptions.Default;
    }

    /// <summary>Aligns the editions, anchored on their figures, and reconciles them.</summary>
    /// <exception cref="NoFiguresException">An edition states no figure.</exception>
    /// <exception cref="EditionsDoNotCorrespondException">The editions share too few figures to be translations.</exception>
    /// <exception cref="TimeLimitExceededException">The work ran past <see cref="ReconciliationOptions.TimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ConsistencyReport Reconcile(Editions editions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editions);
        return TimeBudget.Run(_options.TimeLimit, editions.Chinese.SourcePath, "reconciling the editions", cancellationToken, token => ReconcileEditions(editions, token));
    }

    /// <summary>Reconciles editions already aligned.</summary>
    /// <exception cref="NoFiguresException">An edition states no figure.</exception>
    /// <exception cref="EditionsDoNotCorrespondException">The editions share too few figures to be translations.</exception>
    /// <exception cref="TimeLimitExceededException">The work ran past <see cref="ReconciliationOptions.TimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ConsistencyReport Reconcile(EditionAlignment alignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        return TimeBudget.Run(
            _options.TimeLimit,
            alignment.Editions.Chinese.SourcePath,
            "reconciling the editions",
            cancellationToken,
            token => Reconcile(alignment, new Tables.EditionTableUnits(alignment.Editions).Recognize, wholeEditions: true, token));
    }

    /// <summary>Reconciles a translator's file segment by segment: each segment with its own translation, never with
    /// its neighbours, and without the test that the editions correspond (a segment with figures whose translation
    /// has none gives omissions, not <see cref="NoFiguresException"/>). Every discrepancy names its
    /// <see cref="Discrepancy.Segment"/>; untranslated segments are counted in <see cref="ConsistencyReport.Segments"/>,
    /// not compared. Where the file translates English into Chinese, messages say to check the Chinese.</summary>
    /// <exception cref="TimeLimitExceededException">The work ran past <see cref="ReconciliationOptions.TimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ConsistencyReport Reconcile(SegmentEditions segments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return TimeBudget.Run(_options.TimeLimit, segments.File.SourcePath, "reconciling the segments", cancellationToken, token => ReconcileSegments(segments, token));
    }

    private ConsistencyReport ReconcileEditions(Editions editions, CancellationToken cancellationToken)
    {
        var quantities = new Dictionary<Sentence, ImmutableArray<Quantity>>(ReferenceEqualityComparer.Instance);
        var tables = new Tables.EditionTableUnits(editions);
        ImmutableArray<Quantity> QuantitiesOf(Sentence sentence)
        {
            if (!quantities.TryGetValue(sentence, out var found))
            {
                found = tables.Recognize(sentence);
                quantities[sentence] = found;
            }

            return found;
        }

        var aligner = new EditionAligner(new AlignmentOptions
        {
            Anchors = sentence => QuantitiesOf(sentence).Where(q => q.Role == QuantityRole.Measure).Select(q => q.Value),
        });
        return Reconcile(aligner.Align(editions, cancellationToken), QuantitiesOf, wholeEditions: true, cancellationToken);
    }

    private ConsistencyReport ReconcileSegments(SegmentEditions segments, CancellationToken cancellationToken)
    {
        var report = Reconcile(SegmentAligner.Align(segments), QuantityRecognizer.Recognize, wholeEditions: false, cancellationToken);
        var englishOriginal = segments.File.SourceLanguage == Documents.Language.English;
        var located = report.Discrepancies.Select(d =>
        {
            var (figure, language) = d.Chinese is { } zh ? (zh, Documents.Language.Chinese) : (d.English!, Documents.Language.English);
            var located = d with { Segment = segments.SegmentOf(language, figure.Sentence.BlockIndex) };
            return englishOriginal ? DiscrepancyMessages.WithEnglishOriginal(located) : located;
        });
        return report with { Discrepancies = [.. located], Segments = segments };
    }

    private ConsistencyReport Reconcile(EditionAlignment alignment, Func<Sentence, ImmutableArray<Quantity>> quantitiesOf, bool wholeEditions, CancellationToken cancellationToken)
    {
        var passages = alignment.Sections.SelectMany(s => s.Passages).ToList();
        var zhIndicators = Indicators(alignment.Editions.Chinese, cancellationToken);
        var enIndicators = Indicators(alignment.Editions.English, cancellationToken);
        var links = passages.Select(p =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return p.Sentences.Select(l => new LinkFigures(
                l,
                [.. l.Chinese.SelectMany(s => FiguresOf(s, quantitiesOf, zhIndicators))],
                [.. l.English.SelectMany(s => FiguresOf(s, quantitiesOf, enIndicators))])).ToList();
        }).ToList();
        var zhFigures = links.SelectMany(p => p).SelectMany(l => l.AllChinese).ToImmutableArray();
        var enFigures = links.SelectMany(p => p).SelectMany(l => l.AllEnglish).ToImmutableArray();
        if (wholeEditions)
        {
            CheckCorrespondence(alignment, zhFigures, enFigures);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var matches = MatchAgreeingFigures(links, acrossPassages: wholeEditions, cancellationToken);
        var partners = new Partners();
        matches.ForEach(partners.Add);
        var contradictions = ChineseSelfCheck.Contradictions(zhFigures);
        string? ContradictionOf(Figure? zh) => zh is not null && contradictions.TryGetValue(zh, out var note) ? note : null;

        var implicitYears = new ImplicitYears(zhFigures, enFigures, wholeEditions);
        var discrepancies = new List<Discrepancy>();
        foreach (var pair in matches)
        {
            discrepancies.AddRange(AgreedPairChecks.Check(pair).Select(c => DiscrepancyMessages.Create(c.Kind, c.Severity, pair.Chinese, pair.English, ContradictionOf(pair.Chinese))));
        }

        discrepancies.AddRange(SwapFinder.Find(matches).Select(s => DiscrepancyMessages.Swap(s.First, s.Second)));

        // What is left: disagreeing pairs within a link, then within a passage; the rest is omitted or added.
        var matchesByPassage = MatchesByPassage(links, matches);
        for (var passageIndex = 0; passageIndex < links.Count; passageIndex++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var passage = links[passageIndex];
            var candidates = new List<CandidatePair>();
            foreach (var link in passage)
            {
                candidates.AddRange(LeftoverPairing.Pair(new ScopeFigures(link.AllChinese, link.AllEnglish, link.Link.Cost > DoubtfulLinkCost), link.Chinese, link.English, partners));
            }

            var (zhLeft, enLeft) = (Pool(passage, zh: true), Pool(passage, zh: false));
            var scope = new ScopeFigures([.. passage.SelectMany(l => l.AllChinese)], [.. passage.SelectMany(l => l.AllEnglish)]);
            candidates.AddRange(Take(passage, passage, LeftoverPairing.Pair(scope, zhLeft, enLeft, partners)));
            foreach (var candidate in candidates)
            {
                var kind = DiscrepancyClassifier.Classify(candidate.Chinese.Quantity, candidate.English.Quantity);
                discrepancies.Add(DiscrepancyMessages.Create(kind, SeverityOf(kind, candidate), candidate.Chinese, candidate.English, ContradictionOf(candidate.Chinese)));
            }

            var matchedHere = matchesByPassage[passageIndex];
            var (zhSentences, enSentences) = (passage.SelectMany(l => l.Link.Chinese).ToList(), passage.SelectMany(l => l.Link.English).ToList());
            var (zhAll, enAll) = (passage.SelectMany(l => l.AllChinese).ToList(), passage.SelectMany(l => l.AllEnglish).ToList());
            discrepancies.AddRange(Pool(passage, zh: true)
                .Where(f => !IsRepeated(f, matchedHere, zh: true, wholeEditions) && !implicitYears.IsImplicit(f, chinese: true, enSentences) && !IsEndOfRange(f, enAll))
                .Select(f => Unpaired(f, DiscrepancyKind.Omission, wholeEditions, enSentences)));
            discrepancies.AddRange(Pool(passage, zh: false)
                .Where(f => !IsRepeated(f, matchedHere, zh: false, wholeEditions) && !implicitYears.IsImplicit(f, chinese: false, zhSentences) && !IsEndOfRange(f, zhAll))
                .Select(f => Unpaired(f, DiscrepancyKind.Addition, wholeEditions, zhSentences)));
        }

        if (wholeEditions)
        {
            discrepancies = UnmatchedSections.Fold(alignment, discrepancies, zhFigures, enFigures);
        }

        return new ConsistencyReport(
            alignment,
            zhFigures,
            enFigures,
            [.. matches.OrderBy(m => m.Chinese.Quantity.Span.Start)],
            [.. discrepancies.OrderBy(d => d.Chinese?.Quantity.Span.Start ?? int.MaxValue).ThenBy(d => d.English?.Quantity.Span.Start ?? int.MaxValue)]);
    }

    // Pairs the figures that agree: within each sentence link, then across the links of a passage (translators merge
    // and split sentences), then, for equal values only, with the neighbouring passages (a figure moved across a
    // paragraph break). Segments are units of their own: nothing moves between them.
    private static List<FigurePair> MatchAgreeingFigures(List<List<LinkFigures>> links, bool acrossPassages, CancellationToken cancellationToken)
    {
        var matches = new List<FigurePair>();
        foreach (var passage in links)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var link in passage)
            {
                matches.AddRange(FigureMatcher.Match(link.Chinese, link.English, exactOnly: false));
            }

            matches.AddRange(Take(passage, passage, FigureMatcher.Match(Pool(passage, zh: true), Pool(passage, zh: false), exactOnly: false)));
        }

        for (var p = 0; acrossPassages && p < links.Count; p++)
        {
            for (var q = Math.Max(0, p - 1); q <= Math.Min(links.Count - 1, p + 1); q++)
            {
                if (q != p)
                {
                    matches.AddRange(Take(links[p], links[q], FigureMatcher.Match(Pool(links[p], zh: true), Pool(links[q], zh: false), exactOnly: true)));
                }
            }
        }

        return matches;
    }

    // Related values and values held in place by agreeing neighbours are firm evidence of one error; a lone pair in
    // a link where nothing else agrees is a guess and is reported one step lower. A year is often implicit in one
    // edition and restated in the other, so a different year is worth a look rather than an alarm.
    private static Severity SeverityOf(DiscrepancyKind kind, CandidatePair candidate)
    {
        // Two dates of one segment that differ (今年8月 and September; the year of a full date) are no guess: a date
        // is rarely restated in other words, so the pair stands for one event even with nothing beside it.
        if (kind == DiscrepancyKind.Date
            || (kind == DiscrepancyKind.Year && candidate.Chinese.Quantity.Unit.Kind == UnitKind.Date && candidate.English.Quantity.Unit.Kind == UnitKind.Date))
        {
            return Severity.Medium;
        }

        var severity = kind switch
        {
            DiscrepancyKind.Year => Severity.Medium,
            DiscrepancyKind.Unit when candidate.Chinese.Quantity.Unit.Kind != candidate.English.Quantity.Unit.Kind => Severity.Medium,
            _ => Severity.High,
        };
        return candidate.Anchored || severity == Severity.Low ? severity : severity - 1;
    }

    private static IEnumerable<Figure> FiguresOf(Sentence sentence, Func<Sentence, ImmutableArray<Quantity>> quantitiesOf, Dictionary<int, Facts.Indicator> indicators) =>
        quantitiesOf(sentence).Where(q => q.Role != QuantityRole.Identifier).Select(q => new Figure(q, sentence, indicators.GetValueOrDefault(q.Span.Start)));

    // The indicator of each figure the fact stage could name, by where the figure starts in its edition.
    private Dictionary<int, Facts.Indicator> Indicators(Documents.Document edition, CancellationToken cancellationToken)
    {
        var indicators = new Dictionary<int, Facts.Indicator>();
        if (!_options.UseIndicators)
        {
            return indicators;
        }

        foreach (var fact in (_options.FactExtractor ?? DefaultFactExtractor.Value).Enumerate(edition, cancellationToken))
        {
            if (fact.Indicator is { } indicator)
            {
                indicators.TryAdd(fact.Quantity.Span.Start, indicator);
            }
        }

        return indicators;
    }

    // The figures of a passage still unpaired, as a new list (the links keep theirs until Take removes them).
    private static List<Figure> Pool(List<LinkFigures> passage, bool zh) =>
        [.. passage.SelectMany(l => zh ? l.Chinese : l.English)];

    // Removes the figures of the pairs from the links that held them.
    private static List<FigurePair> Take(List<LinkFigures> chinesePassage, List<LinkFigures> englishPassage, List<FigurePair> pairs)
    {
        pairs.ForEach(p => Remove(chinesePassage, englishPassage, p.Chinese, p.English));
        return pairs;
    }

    private static List<CandidatePair> Take(List<LinkFigures> chinesePassage, List<LinkFigures> englishPassage, List<CandidatePair> pairs)
    {
        pairs.ForEach(p => Remove(chinesePassage, englishPassage, p.Chinese, p.English));
        return pairs;
    }

    private static void Remove(List<LinkFigures> chinesePassage, List<LinkFigures> englishPassage, Figure chinese, Figure english)
    {
        foreach (var link in chinesePassage)
        {
            link.Chinese.Remove(chinese);
        }

        foreach (var link in englishPassage)
        {
            link.English.Remove(english);
        }
    }

    private void CheckCorrespondence(EditionAlignment alignment, ImmutableArray<Figure> zh, ImmutableArray<Figure> en)
    {
        var editions = alignment.Editions;
        if (!zh.Any(f => f.Quantity.Role == QuantityRole.Measure))
        {
            throw new NoFiguresException(editions.Chinese.SourcePath);
        }

        if (!en.Any(f => f.Quantity.Role == QuantityRole.Measure))
        {
            throw new NoFiguresException(editions.English.SourcePath);
        }

        if (zh.Length < _options.CorrespondenceTestMinimumFigures || en.Length < _options.CorrespondenceTestMinimumFigures)
        {
            return;
        }

        // Figures are compared as a multiset of values, wherever they stand: unrelated documents share few.
        var values = zh.GroupBy(f => f.Quantity.Value).ToDictionary(g => g.Key, g => g.Count());
        var shared = 0;
        foreach (var figure in en)
        {
            if (values.TryGetValue(figure.Quantity.Value, out var count) && count > 0)
            {
                values[figure.Quantity.Value] = count - 1;
                shared++;
            }
        }

        var correspondence = 2.0 * shared / (zh.Length + en.Length);
        if (correspondence < _options.MinimumCorrespondence)
        {
            throw new EditionsDoNotCorrespondException(editions.Chinese.SourcePath, editions.English.SourcePath, correspondence, _options.MinimumCorrespondence);
        }
    }

    // 2016年到2017年 and "from 2016 to 2017": a year that ends a range of years the other side states is not dropped.
    private static bool IsEndOfRange(Figure figure, List<Figure> otherSide) =>
        figure.Quantity is { Role: QuantityRole.Measure, Unit: Unit.Year or Unit.YearRange } quantity
        && otherSide.Any(o => (o.Quantity.Unit, quantity.Unit) switch
        {
            (Unit.YearRange range, Unit.Year) => quantity.Value == o.Quantity.Value || quantity.Value == range.EndYear,
            (Unit.Year, Unit.YearRange range) => o.Quantity.Value == quantity.Value || o.Quantity.Value == range.EndYear,
            _ => false,
        });

    // The same figure stated twice on one side and once on the other is not an omission.
    // In a segment, two equal figures of one sentence are two facts (70 km to one town, 70 km to another), unless the
    // second refers back to the first (四艘舰船…这四艘舰艇) or one is a bare number of a name (Nord Stream 2).
    private static bool IsRepeated(Figure figure, List<FigurePair> matches, bool zh, bool wholeEditions) =>
        matches.Any(m => (zh ? m.Chinese : m.English) is var twin && twin.Quantity.HasSameMeasureAs(figure.Quantity)
                         && (wholeEditions || !ReferenceEquals(twin.Sentence, figure.Sentence) || RefersBack(twin, figure)));

    private static bool RefersBack(Figure a, Figure b)
    {
        static bool Bare(Quantity q) => q.Unit is Unit.Count { Classifier: null, Noun: null };
        static bool AfterDemonstrative(Figure f)
        {
            var start = f.Quantity.Span.Start - f.Sentence.Span.Start;
            var before = f.Sentence.Text.AsSpan(0, Math.Clamp(start, 0, f.Sentence.Text.Length)).TrimEnd(' ');
            return before.Length > 0 && before[^1] is '这' or '该' or '此' or '那' or '(' or '（';
        }

        return Bare(a.Quantity) || Bare(b.Quantity) || AfterDemonstrative(a) || AfterDemonstrative(b);
    }

    // The matches with a figure in each passage, in the order of the matches: an index, so that each passage does not
    // scan every match of the editions (quadratic on long documents).
    private static List<FigurePair>[] MatchesByPassage(List<List<LinkFigures>> links, List<FigurePair> matches)
    {
        var zhPassages = new Dictionary<Figure, List<int>>(FigureComparer.Instance);
        var enPassages = new Dictionary<Figure, List<int>>(FigureComparer.Instance);
        static void Note(Dictionary<Figure, List<int>> index, Figure figure, int passage)
        {
            if (!index.TryGetValue(figure, out var passages))
            {
                index[figure] = passages = [];
            }

            if (passages.Count == 0 || passages[^1] != passage)
            {
                passages.Add(passage);
            }
        }

        for (var p = 0; p < links.Count; p++)
        {
            foreach (var link in links[p])
            {
                foreach (var figure in link.AllChinese)
                {
                    Note(zhPassages, figure, p);
                }

                foreach (var figure in link.AllEnglish)
                {
                    Note(enPassages, figure, p);
                }
            }
        }

        var byPassage = new List<FigurePair>[links.Count];
        for (var p = 0; p < byPassage.Length; p++)
        {
            byPassage[p] = [];
        }

        foreach (var match in matches)
        {
            var inPassages = zhPassages.GetValueOrDefault(match.Chinese, []).Union(enPassages.GetValueOrDefault(match.English, []));
            foreach (var p in inPassages)
            {
                byPassage[p].Add(match);
            }
        }

        return byPassage;
    }

    /// <summary>A figure with no partner on the other side, as an omission or an addition of its severity.</summary>
    internal static Discrepancy Unpaired(Figure figure, DiscrepancyKind kind, bool wholeEditions = true, IEnumerable<Sentence>? otherSide = null)
    {
        var quantity = figure.Quantity;

        // A segment is read on its own: a year it states and its translation drops (2017年 for "last year's revenue")
        // is not left to the context of a document, as the horizon year of a white paper is.
        // A year the English adds is the translator making explicit what the Chinese left to the day (29日 as "September
        // 29, 2018").
        var droppedYear = !wholeEditions && kind == DiscrepancyKind.Omission && quantity.Role == QuantityRole.Measure && quantity.Unit.Kind == UnitKind.Year;

        // Years and dates one edition leaves implicit, names, ordinals and durations are mentioned, not flagged.
        // A date with its day (3月26日, September 28) is the when of an event: dropped, it is worth a look.
        // So is a span that dates one (15年来, 两年前: "over the past 15 years", "two years ago").
        var minor = quantity.Role != QuantityRole.Measure || LeftoverPairing.IsWeak(quantity) || UnwrittenFigures.AreConveyed(figure, otherSide ?? [])
                    || (quantity.Unit.Kind is UnitKind.Year or UnitKind.Date or UnitKind.YearRange or UnitKind.YearPart or UnitKind.Ordinal or UnitKind.Duration or UnitKind.TimeOfDay or UnitKind.RelativeYear
                        && !IsDayOfEvent(quantity, wholeEditions) && !IsSpanToEvent(figure) && !droppedYear);
        return kind == DiscrepancyKind.Omission
            ? DiscrepancyMessages.Create(kind, minor ? Severity.Low : Severity.Medium, figure, null)
            : DiscrepancyMessages.Create(kind, minor ? Severity.Low : Severity.Medium, null, figure);
    }

    private static bool IsSpanToEvent(Figure figure)
    {
        if (figure.Quantity.Unit is not Unit.Duration { TimeUnit: TimeUnit.Year or TimeUnit.Month } || figure.Sentence.Language != Documents.Language.Chinese)
        {
            return false;
        }

        var end = figure.Quantity.Span.End - figure.Sentence.Span.Start;
        var text = figure.Sentence.Text;
        return end >= 0 && end < text.Length && (text[end] is '来' or '前' || text.AsSpan(end).StartsWith("以来", StringComparison.Ordinal));
    }

    // 3月26日, September 28; and in a segment a day of the month alone (本月4日, 30日): the day of an event.
    private static bool IsDayOfEvent(Quantity quantity, bool wholeEditions) =>
        (quantity.Unit.Kind == UnitKind.Date && quantity.Precision == 1 && quantity.Value % 100 != 0 && quantity.Value % 10000 >= 100)
        || (!wholeEditions && quantity.Unit is Unit.Duration { TimeUnit: TimeUnit.Day } && quantity.Text.EndsWith('日') && quantity.Approximation == Approximation.Exact
            && quantity.Value is >= 1 and <= 31 && quantity.Value == decimal.Truncate(quantity.Value));

    private sealed record LinkFigures(AlignedSentences Link, ImmutableArray<Figure> AllChinese, ImmutableArray<Figure> AllEnglish)
    {
        public List<Figure> Chinese { get; } = [.. AllChinese];

        public List<Figure> English { get; } = [.. AllEnglish];
    }
}
