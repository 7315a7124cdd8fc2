using System.Collections.Immutable;
using System.Globalization;
using Extract.Documents;
using Extract.Facts;
using Extract.Quantities;
using Extract.Reading;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Tests.Facts;

/// <summary>The default catalog names every figure the sample documents report: each sentence of
/// <c>Data/facts/indicators.txt</c> gives its figure the listed indicator (or none, for ordinals, names and
/// multiples); every figure of the five sample documents has a known indicator except those listed, with why, in
/// <c>Data/facts/unknown-figures.tsv</c>; and the two editions of the 2019 white paper name the same indicators section
/// by section, but for the differences listed in <c>Data/facts/whitepaper-2019.indicator-differences.tsv</c>.</summary>
[TestFixture]
public class IndicatorCoverageTests
{
    private static readonly FactExtractor Extractor = new();

    private static readonly string[] Documents =
    [
        "whitepaper-2019.zh-en.txt",
        "whitepaper-2024.en.txt",
        "news-2024-04-25-patent-measures.en.txt",
        "press-2024-04-25-shanghai-ip-week.en.txt",
        "scio-briefing-2024-07-29.en.txt",
    ];

    private static IEnumerable<TestCaseData> Cases() => Rows("indicators.txt")
        .Select(c => new TestCaseData(c[0], c[1], c[2]).SetName($"{c[1]} is {c[2]}: {Shorten(c[0])}"));

    private static IEnumerable<string> SampleDocuments() => Documents;

    [TestCaseSource(nameof(Cases))]
    public void Figure_of_a_sentence_names_the_listed_indicator(string sentence, string figure, string indicator)
    {
        var (text, occurrence) = figure.LastIndexOf('@') is var at and > 0
            ? (figure[..at], int.Parse(figure[(at + 1)..], CultureInfo.InvariantCulture))
            : (figure, 1);
        var facts = Extractor.Extract([new Sentence(sentence, new TextSpan(0, sentence.Length), 0, LanguageDetector.Detect(sentence))]);
        var found = facts.Where(f => f.Quantity.Text == text).ToList();
        Assert.That(found, Has.Count.GreaterThanOrEqualTo(occurrence), $"no fact of {figure}; facts: {string.Join(", ", facts.Select(f => f.Quantity.Text))}");
        Assert.That(found[occurrence - 1].Indicator?.Id ?? "-", Is.EqualTo(indicator));
    }

    [TestCaseSource(nameof(SampleDocuments))]
    public void Every_figure_of_a_sample_document_names_an_indicator_but_the_listed_ones(string document)
    {
        var facts = Extractor.Extract(TestData.ReadSample(document));
        var unknown = facts
            .Where(f => f.Indicator is null && f.Quantity.Unit is not Unit.Ordinal)
            .Select(f => f.Quantity.Text)
            .ToList();
        var listed = Rows("unknown-figures.tsv").Where(r => r[0] == document).Select(r => r[1]).ToList();
        Assert.That(string.Join(" | ", unknown), Is.EqualTo(string.Join(" | ", listed)), "figures without an indicator, in text order");
        Assert.That(facts.Count(f => f.Indicator is not null), Is.GreaterThan(listed.Count), "most figures name an indicator");
    }

    [Test]
    public void Both_editions_of_the_2019_paper_name_the_same_indicators_section_by_section()
    {
        var editions = EditionSplitter.Split(new DocumentReader().Read(TestData.Sample("whitepaper-2019.zh-en.txt")));
        var chinese = IdsBySection(editions.Chinese);
        var english = IdsBySection(editions.English);
        Assert.That(english.Keys, Is.EquivalentTo(chinese.Keys), "the sections of the two editions");

        var listed = Rows("whitepaper-2019.indicator-differences.tsv")
            .Select(r => $"{r[0]}\t{r[1]}\t{r[2]}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var found = new List<string>();
        foreach (var (section, zh) in chinese)
        {
            var en = english[section];
            found.AddRange(zh.Except(en).Select(id => $"{section}\tzh only\t{id}"));
            found.AddRange(en.Except(zh).Select(id => $"{section}\ten only\t{id}"));
        }

        Assert.That(string.Join('\n', found.Order(StringComparer.Ordinal)), Is.EqualTo(string.Join('\n', listed)), "indicators one edition names in a section and the other does not");
        Assert.That(chinese.Values.Sum(ids => ids.Count), Is.GreaterThan(80), "the sections name many indicators");
    }

    // The indicator ids each numbered top-level section of an edition names.
    private static SortedDictionary<int, ImmutableSortedSet<string>> IdsBySection(Document edition)
    {
        var headings = edition.Blocks.Select((block, index) => (block, index))
            .Where(x => x.block is Heading { Level: 1, Number: not null })
            .Select(x => (Ordinal: ((Heading)x.block).Number!.Ordinal, Index: x.index))
            .ToList();
        var facts = Extractor.Extract(edition);
        var sections = new SortedDictionary<int, ImmutableSortedSet<string>>();
        for (var i = 0; i < headings.Count; i++)
        {
            var (first, last) = (headings[i].Index, i + 1 < headings.Count ? headings[i + 1].Index : edition.Blocks.Length);
            sections[headings[i].Ordinal] = facts
                .Where(f => f.Sentence.BlockIndex > first && f.Sentence.BlockIndex < last && f.Indicator is not null)
                .Select(f => f.Indicator!.Id)
                .ToImmutableSortedSet(StringComparer.Ordinal);
        }

        return sections;
    }

    // The tab-separated rows of a fixture, without comments, the header and a trailing "# why" column.
    private static IEnumerable<string[]> Rows(string name) => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "facts", name))
        .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("document\t", StringComparison.Ordinal) && !line.StartsWith("section\t", StringComparison.Ordinal))
        .Select(line => line.Split('\t').Where(c => !c.StartsWith('#')).ToArray());

    private static string Shorten(string sentence) => sentence.Length <= 40 ? sentence : sentence[..40] + "…";
}
