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
    public ConsistencyReport Reconcile(Editions editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var quantities = new Dictionary<Sentence, ImmutableArray<Quantity>>(ReferenceEqualityComparer.Instance);
        ImmutableArray<Quantity> QuantitiesOf(Sentence sentence)
        {
            if (!quantities.TryGetValue(sentence, out var found))
            {
                found = QuantityRecognizer.Recognize(sentence);
                quantities[sentence] = found;
            }

            return found;
        }

        var aligner = new EditionAligner(new AlignmentOptions
        {
            Anchors = sentence => QuantitiesOf(sentence).Where(q => q.Role == QuantityRole.Measure).Select(q => q.Value),
        });
        return Reconcile(aligner.Align(editions), QuantitiesOf);
    }

    /// <summary>Reconciles editions already aligned.</summary>
    /// <exception cref="NoFiguresException">An edition states no figure.</exception>
    /// <exception cref="EditionsDoNotCorrespondException">The editions share too few figures to be translations.</exception>
    public ConsistencyReport Reconcile(EditionAlignment alignment)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        return Reconcile(alignment, QuantityRecognizer.Recognize);
    }

    private ConsistencyReport Reconcile(EditionAlignment alignment, Func<Sentence, ImmutableArray<Quantity>> quantitiesOf)
    {
        var passages = alignment.Sections.SelectMany(s => s.Passages).ToList();
        var links = passages.Select(p => p.Sentences.Select(l => new LinkFigures(
            [.. l.Chinese.SelectMany(s => FiguresOf(s, quantitiesOf))],
            [.. l.English.SelectMany(s => FiguresOf(s, quantitiesOf))])).ToList()).ToList();
        var zhFigures = links.SelectMany(p => p).SelectMany(l => l.AllChinese).ToImmutableArray();
        var enFigures = links.SelectMany(p => p).SelectMany(l => l.AllEnglish).ToImmutableArray();
        CheckCorrespondence(alignment, zhFigures, enFigures);

        var matches = new List<FigurePair>();
        var discrepancies = new List<Discrepancy>();

        // 1. Within each sentence link; 2. across the links of a passage; 3. with the neighbouring passages.
        foreach (var passage in links)
        {
            foreach (var link in passage)
            {
                matches.AddRange(FigureMatcher.Match(link.Chinese, link.English, exactOnly: false));
            }

            matches.AddRange(Take(passage, passage, FigureMatcher.Match(Pool(passage, zh: true), Pool(passage, zh: false), exactOnly: false)));
        }

        for (var p = 0; p < links.Count; p++)
        {
            for (var q = Math.Max(0, p - 1); q <= Math.Min(links.Count - 1, p + 1); q++)
            {
                if (q != p)
                {
                    matches.AddRange(Take(links[p], links[q], FigureMatcher.Match(Pool(links[p], zh: true), Pool(links[q], zh: false), exactOnly: true)));
                }
            }
        }

        foreach (var pair in matches)
        {
            discrepancies.AddRange(CheckPair(pair));
        }

        discrepancies.AddRange(FindSwaps(matches));

        // 4. What is left: disagreeing pairs within a link, then within a passage; the rest is omitted or added.
        foreach (var passage in links)
        {
            foreach (var link in passage)
            {
                discrepancies.AddRange(PairLeftovers(link.Chinese, link.English));
            }

            var paired = PairLeftovers(Pool(passage, zh: true), Pool(passage, zh: false));
            Take(passage, passage, paired.Where(d => d.Chinese is not null && d.English is not null).Select(d => new FigurePair(d.Chinese!, d.English!)).ToList());
            discrepancies.AddRange(paired);
            var matchedHere = matches.Where(m => passage.Any(l => l.AllChinese.Contains(m.Chinese) || l.AllEnglish.Contains(m.English))).ToList();
            discrepancies.AddRange(Pool(passage, zh: true).Where(f => !IsRepeated(f, matchedHere, zh: true)).Select(f => Unpaired(f, DiscrepancyKind.Omission)));
            discrepancies.AddRange(Pool(passage, zh: false).Where(f => !IsRepeated(f, matchedHere, zh: false)).Select(f => Unpaired(f, DiscrepancyKind.Addition)));
        }

        return new ConsistencyReport(
            alignment,
            zhFigures,
            enFigures,
            [.. matches.OrderBy(m => m.Chinese.Quantity.Span.Start)],
            [.. discrepancies.OrderBy(d => d.Chinese?.Quantity.Span.Start ?? int.MaxValue).ThenBy(d => d.English?.Quantity.Span.Start ?? int.MaxValue)]);
    }

    private static IEnumerable<Figure> FiguresOf(Sentence sentence, Func<Sentence, ImmutableArray<Quantity>> quantitiesOf) =>
        quantitiesOf(sentence).Where(q => q.Role != QuantityRole.Identifier).Select(q => new Figure(q, sentence));

    // The figures of a passage still unpaired, as a new list (the links keep theirs until Take removes them).
    private static List<Figure> Pool(List<LinkFigures> passage, bool zh) =>
        [.. passage.SelectMany(l => zh ? l.Chinese : l.English)];

    // Removes the figures of the pairs from the links that held them.
    private static List<FigurePair> Take(List<LinkFigures> chinesePassage, List<LinkFigures> englishPassage, List<FigurePair> pairs)
    {
        foreach (var pair in pairs)
        {
            foreach (var link in chinesePassage)
            {
                link.Chinese.Remove(pair.Chinese);
            }

            foreach (var link in englishPassage)
            {
                link.English.Remove(pair.English);
            }
        }

        return pairs;
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

    // Figures that paired may still differ in direction, qualifier, precision or what they count.
    private static IEnumerable<Discrepancy> CheckPair(FigurePair pair)
    {
        var zh = pair.Chinese.Quantity;
        var en = pair.English.Quantity;
        if (zh.Direction != Direction.None && en.Direction != Direction.None && zh.Direction != en.Direction)
        {
            yield return DiscrepancyMessages.Create(DiscrepancyKind.Direction, Severity.High, pair.Chinese, pair.English);
        }

        if (QualifierDiffers(zh.Approximation, en.Approximation, out var contradictory))
        {
            yield return DiscrepancyMessages.Create(DiscrepancyKind.Qualifier, contradictory ? Severity.High : Severity.Medium, pair.Chinese, pair.English);
        }
        else if (zh.Role == QuantityRole.Measure && en.Role == QuantityRole.Measure && zh.Value != en.Value && zh.Unit.Kind == en.Unit.Kind
                 && zh.Approximation == Approximation.Exact && en.Approximation == Approximation.Exact)
        {
            yield return DiscrepancyMessages.Create(DiscrepancyKind.Rounding, Severity.Low, pair.Chinese, pair.English);
        }

        if (DiscrepancyClassifier.CountsDifferentThings(zh, en, out var serious))
        {
            yield return DiscrepancyMessages.Create(DiscrepancyKind.Unit, serious ? Severity.Medium : Severity.Low, pair.Chinese, pair.English);
        }
    }

    private static bool QualifierDiffers(Approximation zh, Approximation en, out bool contradictory)
    {
        static int Side(Approximation a) => a switch
        {
            Approximation.MoreThan or Approximation.AtLeast => 1,
            Approximation.Nearly or Approximation.UpTo or Approximation.LessThan => -1,
            _ => 0,
        };

        contradictory = Side(zh) * Side(en) == -1;

        // 约 / about is often dropped in translation without changing the statement: not a finding.
        return zh != en && zh != Approximation.About && en != Approximation.About && (Side(zh) != 0 || Side(en) != 0) && Side(zh) != Side(en);
    }

    // Two pairs of one sentence link whose values sit crosswise in a 分别 / respectively statement.
    private static IEnumerable<Discrepancy> FindSwaps(List<FigurePair> matches)
    {
        foreach (var group in matches.GroupBy(m => (m.Chinese.Sentence, m.English.Sentence)))
        {
            var zhSentence = group.Key.Item1.Text;
            var enSentence = group.Key.Item2.Text;
            if (!(zhSentence.Contains("分别", StringComparison.Ordinal) || zhSentence.Contains('各')) || !enSentence.Contains("respectively", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var pairs = group.OrderBy(p => p.Chinese.Quantity.Span.Start).ToList();
            for (var i = 0; i + 1 < pairs.Count; i++)
            {
                var (a, b) = (pairs[i], pairs[i + 1]);
                if (a.Chinese.Quantity.Unit.Kind == b.Chinese.Quantity.Unit.Kind
                    && a.Chinese.Quantity.Value != b.Chinese.Quantity.Value
                    && a.English.Quantity.Span.Start > b.English.Quantity.Span.Start
                    && Adjacent(a.English, b.English))
                {
                    yield return DiscrepancyMessages.Swap(a, b);
                    i++;
                }
            }
        }
    }

    // Whether two figures of one sentence follow each other with no other figure between them.
    private static bool Adjacent(Figure first, Figure second)
    {
        var (start, end) = first.Quantity.Span.Start < second.Quantity.Span.Start
            ? (first.Quantity.Span.End, second.Quantity.Span.Start)
            : (second.Quantity.Span.End, first.Quantity.Span.Start);
        return end - start <= 40;
    }

    // Unpaired figures of comparable measures in the same link or passage are the two sides of one discrepancy.
    private static List<Discrepancy> PairLeftovers(List<Figure> chinese, List<Figure> english)
    {
        var found = new List<Discrepancy>();
        for (var i = 0; i < chinese.Count; i++)
        {
            var zh = chinese[i];
            if (IsWeak(zh.Quantity))
            {
                continue;
            }

            var partner = english
                .Select((f, j) => (Figure: f, Index: j))
                .Where(c => !IsWeak(c.Figure.Quantity) && DiscrepancyClassifier.AreComparable(zh.Quantity, c.Figure.Quantity))
                .OrderBy(c => Math.Abs(((i + 0.5) / chinese.Count) - ((c.Index + 0.5) / english.Count)))
                .Select(c => c.Figure)
                .FirstOrDefault();
            if (partner is null)
            {
                continue;
            }

            var kind = DiscrepancyClassifier.Classify(zh.Quantity, partner.Quantity);
            found.Add(DiscrepancyMessages.Create(kind, kind == DiscrepancyKind.Year ? Severity.Medium : Severity.High, zh, partner));
            english.Remove(partner);
            chinese.RemoveAt(i--);
        }

        return found;
    }

    // The same figure stated twice on one side and once on the other is not an omission.
    private static bool IsRepeated(Figure figure, List<FigurePair> matches, bool zh) =>
        matches.Any(m => (zh ? m.Chinese : m.English).Quantity.HasSameMeasureAs(figure.Quantity));

    private static Discrepancy Unpaired(Figure figure, DiscrepancyKind kind)
    {
        var quantity = figure.Quantity;

        // Years and dates one edition leaves implicit, names, ordinals and durations are mentioned, not flagged.
        var minor = quantity.Role != QuantityRole.Measure || IsWeak(quantity)
                    || quantity.Unit.Kind is UnitKind.Year or UnitKind.Date or UnitKind.YearRange or UnitKind.YearPart or UnitKind.Ordinal or UnitKind.Duration;
        return kind == DiscrepancyKind.Omission
            ? DiscrepancyMessages.Create(kind, minor ? Severity.Low : Severity.Medium, figure, null)
            : DiscrepancyMessages.Create(kind, minor ? Severity.Low : Severity.Medium, null, figure);
    }

    // "One" and 两 written as words are as often determiners and set phrases (in one entity, 两级) as figures: too
    // weak to stand for a disagreement on their own.
    private static bool IsWeak(Quantity quantity) =>
        quantity.Unit.Kind == UnitKind.Count && quantity.Form != NumberForm.Digits && quantity.Value <= 2;

    private sealed record LinkFigures(ImmutableArray<Figure> AllChinese, ImmutableArray<Figure> AllEnglish)
    {
        public List<Figure> Chinese { get; } = [.. AllChinese];

        public List<Figure> English { get; } = [.. AllEnglish];
    }
}
