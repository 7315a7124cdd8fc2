using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Extract.Alignment;
using Extract.Documents;

namespace Extract.Reconciliation;

/// <summary>Folds the omissions (or additions) of a run of sections that have no counterpart in the other edition
/// (a translation that stops early, a chapter left out) into one finding for the run, with its figure counts, instead
/// of one per figure.</summary>
internal static class UnmatchedSections
{
    /// <summary>The discrepancies with those of each run of one-sided sections replaced by one finding that counts
    /// the run's figures (<paramref name="chineseFigures"/> or <paramref name="englishFigures"/> standing in it).</summary>
    public static List<Discrepancy> Fold(EditionAlignment alignment, List<Discrepancy> discrepancies, IReadOnlyList<Figure> chineseFigures, IReadOnlyList<Figure> englishFigures)
    {
        var sections = alignment.Sections;
        var chineseOnly = sections.Select(s => IsOnly(s, chinese: true)).ToArray();
        var englishOnly = sections.Select(s => IsOnly(s, chinese: false)).ToArray();

        // Sections missing on both sides are a question of alignment, not of a missing part: each figure is reported.
        if (chineseOnly.Any(x => x) == englishOnly.Any(x => x))
        {
            return discrepancies;
        }

        var chinese = chineseOnly.Any(x => x);
        var missing = chinese ? chineseOnly : englishOnly;
        var result = discrepancies;
        for (var start = 0; start < sections.Length; start++)
        {
            if (!missing[start])
            {
                continue;
            }

            var end = start;
            while (end + 1 < sections.Length && missing[end + 1])
            {
                end++;
            }

            result = FoldRun(result, sections[start..(end + 1)], chinese, chinese ? chineseFigures : englishFigures);
            start = end;
        }

        return result;
    }

    private static bool IsOnly(AlignedSection section, bool chinese) =>
        (chinese ? section.Chinese is not null && section.English is null : section.English is not null && section.Chinese is null)
        && section.Passages.All(p => (chinese ? p.English : p.Chinese).IsEmpty);

    private static List<Discrepancy> FoldRun(List<Discrepancy> discrepancies, ImmutableArray<AlignedSection> run, bool chinese, IReadOnlyList<Figure> figures)
    {
        // The blocks of each section of the run, by their index in the edition that has it.
        var sectionOf = new Dictionary<int, int>();
        for (var s = 0; s < run.Length; s++)
        {
            var heading = chinese ? run[s].Chinese : run[s].English;
            sectionOf[heading!.Location.BlockIndex] = s;
            foreach (var block in run[s].Passages.SelectMany(p => chinese ? p.Chinese : p.English))
            {
                sectionOf[block.Location.BlockIndex] = s;
            }
        }

        var kind = chinese ? DiscrepancyKind.Omission : DiscrepancyKind.Addition;
        int? SectionOf(Discrepancy d) =>
            d.Kind == kind && (chinese ? d.Chinese : d.English) is { } figure && sectionOf.TryGetValue(figure.Sentence.BlockIndex, out var s) ? s : null;

        var folded = discrepancies.Where(d => SectionOf(d) is not null).ToList();
        if (folded.Count == 0)
        {
            return discrepancies;
        }

        // Every figure of the run counts, also one matched elsewhere (a year restated in the sections translated).
        var counts = new int[run.Length];
        foreach (var figure in figures)
        {
            if (sectionOf.TryGetValue(figure.Sentence.BlockIndex, out var s))
            {
                counts[s]++;
            }
        }

        var first = folded.OrderBy(d => (chinese ? d.Chinese : d.English)!.Quantity.Span.Start).First();
        var finding = new Discrepancy(kind, Severity.High, Message(run, counts, counts.Sum(), chinese), first.Chinese, first.English, chinese ? EditionSide.English : EditionSide.Chinese);
        var result = discrepancies.Where(d => SectionOf(d) is null).ToList();
        result.Add(finding);
        return result;
    }

    private static string Message(ImmutableArray<AlignedSection> run, int[] counts, int total, bool chinese)
    {
        string Name(AlignedSection section)
        {
            var heading = (chinese ? section.Chinese : section.English)!;
            return heading.Number is { Ordinal: > 0 } number ? Roman(number.Ordinal) : heading.Text;
        }

        var (edition, other) = chinese ? ("Chinese", "English") : ("English", "Chinese");
        var names = run.Length == 1 ? $"Section {Name(run[0])}" : $"Sections {Name(run[0])}–{Name(run[^1])}";
        var headings = string.Join("; ", run.Select(s => (chinese ? s.Chinese : s.English)!.Text));
        var perSection = new StringBuilder();
        for (var s = 0; s < run.Length; s++)
        {
            perSection.Append(s == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"{Name(run[s])}: {counts[s]}");
        }

        var figures = total == 1 ? "1 figure" : $"{total.ToString("N0", CultureInfo.InvariantCulture)} figures";
        return $"{names} of the {edition} edition ({headings}) {(run.Length == 1 ? "has" : "have")} no counterpart in the {other} edition: "
               + $"{(run.Length == 1 ? "it holds" : "they hold")} {figures} ({perSection}). Check that the {other} edition is complete.";
    }

    private static string Roman(int value)
    {
        var numerals = new (int Value, string Text)[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var text = new StringBuilder();
        foreach (var (n, t) in numerals)
        {
            while (value >= n)
            {
                text.Append(t);
                value -= n;
            }
        }

        return text.ToString();
    }
}
