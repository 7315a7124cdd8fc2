using System.Text;
using Extract.Documents;
using Extract.Facts;
using Extract.Quantities;
using Extract.Reading;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Tests.Facts;

/// <summary>The acceptance test: the facts of sections 一/I and 三/III of both editions of the 2019 white paper,
/// listed by hand in <c>Data/facts/whitepaper-2019.*.tsv</c>, come out exactly (indicator, value, unit, period, change,
/// in order); every other measure of the paper yields a fact too.</summary>
[TestFixture]
public class WhitePaperFactsTests
{
    private static readonly Editions Editions = EditionSplitter.Split(new DocumentReader().Read(TestData.Sample("whitepaper-2019.zh-en.txt")));
    private static readonly FactExtractor Extractor = new();

    [TestCase("zh")]
    [TestCase("en")]
    public void Sections_one_and_three_yield_exactly_the_listed_facts(string language)
    {
        var edition = language == "zh" ? Editions.Chinese : Editions.English;
        var facts = Extractor.Extract(edition);
        var expected = ReadFixture($"whitepaper-2019.{language}.tsv");
        var found = new List<string>();
        foreach (var (section, ordinal) in new[] { (language == "zh" ? "一" : "I", 1), (language == "zh" ? "三" : "III", 3) })
        {
            var (first, last) = SectionBlocks(edition, ordinal);
            found.AddRange(facts.Where(f => f.Sentence.BlockIndex > first && f.Sentence.BlockIndex < last).Select(f => Row(section, f)));
        }

        Assert.That(expected, Has.Count.GreaterThan(60), "the fixture should list the facts of both sections");
        var report = new StringBuilder();
        for (var i = 0; i < Math.Max(expected.Count, found.Count); i++)
        {
            var wanted = i < expected.Count ? expected[i] : "(none)";
            var got = i < found.Count ? found[i] : "(none)";
            if (wanted != got)
            {
                report.AppendLine($"row {i + 1}: expected {wanted}").AppendLine($"        found    {got}");
            }
        }

        Assert.That(report.ToString(), Is.Empty, "differences from the hand-checked list");
    }

    [TestCase("zh")]
    [TestCase("en")]
    public void Every_measure_of_the_paper_yields_a_fact_or_a_change(string language)
    {
        var edition = language == "zh" ? Editions.Chinese : Editions.English;
        var facts = Extractor.Extract(edition);
        var stated = facts.Select(f => f.Quantity).Concat(facts.Where(f => f.Change is not null).Select(f => f.Change!.Amount)).ToHashSet();
        var missing = SentenceSplitter.Split(edition)
            .SelectMany(s => QuantityRecognizer.Recognize(s))
            .Where(q => q.Role == QuantityRole.Measure && q.Unit is not (Unit.Year or Unit.Date or Unit.YearRange or Unit.YearPart))
            .Where(q => !stated.Contains(q))
            .Select(q => q.Text)
            .ToList();
        Assert.That(missing, Is.Empty, "measures without a fact");
        Assert.That(facts.Select(f => f.Label), Has.All.Not.Empty, "every fact has a label");
    }

    [TestCase("zh")]
    [TestCase("en")]
    public void Fact_spans_point_at_the_figures_in_the_edition(string language)
    {
        var edition = language == "zh" ? Editions.Chinese : Editions.English;
        foreach (var fact in Extractor.Extract(edition))
        {
            Assert.That(edition.Slice(fact.Span), Is.EqualTo(fact.Quantity.Text));
            Assert.That(fact.Sentence.Span.Contains(fact.Span), Is.True, fact.ToString());
        }
    }

    [TestCase("zh")]
    [TestCase("en")]
    public void No_fact_of_the_paper_is_left_without_a_period(string language)
    {
        var edition = language == "zh" ? Editions.Chinese : Editions.English;
        var undated = Extractor.Extract(edition).Where(f => f.Period is null).Select(f => f.Quantity.Text + " in " + f.Sentence.Text).ToList();
        Assert.That(undated, Is.Empty, "the paper reports on 2019: a figure nothing else dates is of 2019");
    }

    // Read from the text: 17.36万件 follows 2019年 in its own sentence; 43.88万件 / 438,800 stand in a later sentence of
    // the paragraph 2019年/In 2019 opens; the insurance figures and the guidance stations stand in section IV, which
    // never names a year (the stations' total, 总数 / "making the total", is a stock at the end of the year).
    [TestCase("zh", "17.36万件", "2019", PeriodOrigin.Stated)]
    [TestCase("zh", "43.88万件", "2019", PeriodOrigin.Section)]
    [TestCase("zh", "157家", "2019", PeriodOrigin.DocumentYear)]
    [TestCase("zh", "37个", "end of 2019", PeriodOrigin.DocumentYear)]
    [TestCase("zh", "175家", "end of 2019", PeriodOrigin.Stated)]
    [TestCase("en", "173,600", "2019", PeriodOrigin.Stated)]
    [TestCase("en", "438,800", "2019", PeriodOrigin.Section)]
    [TestCase("en", "157", "2019", PeriodOrigin.DocumentYear)]
    [TestCase("en", "37", "end of 2019", PeriodOrigin.DocumentYear)]
    [TestCase("en", "129,800", "end of 2019", PeriodOrigin.Stated)]
    public void A_period_says_where_it_comes_from(string language, string text, string period, PeriodOrigin origin)
    {
        var edition = language == "zh" ? Editions.Chinese : Editions.English;
        var fact = Extractor.Extract(edition).First(f => f.Quantity.Text == text);
        Assert.Multiple(() =>
        {
            Assert.That(FactText.Period(fact.Period), Is.EqualTo(period), fact.Sentence.Text);
            Assert.That(fact.PeriodOrigin, Is.EqualTo(origin), fact.Sentence.Text);
        });
    }

    [Test]
    public void The_2024_paper_reports_on_the_year_its_title_names()
    {
        var document = TestData.ReadSample("whitepaper-2024.en.txt");
        Assert.That(DocumentYear.ReadReportingYear(document), Is.EqualTo(2024));
        Assert.That(Extractor.Extract(document).Where(f => f.Period is null).Select(f => f.Quantity.Text), Is.Empty);
    }

    [TestCase("press-2024-04-25-shanghai-ip-week.en.txt")]
    [TestCase("news-2024-04-25-patent-measures.en.txt")]
    public void A_dated_press_text_never_dates_its_figures_by_its_own_date(string name)
    {
        var document = TestData.ReadSample(name);
        var facts = Extractor.Extract(document);
        Assert.That(FactExtractor.ReadDocumentYear(document), Is.EqualTo(2024), "the date line gives the year relative periods resolve against");
        Assert.That(DocumentYear.ReadReportingYear(document), Is.Null, "a date line names no reporting year");
        Assert.That(facts.Where(f => f.PeriodOrigin == PeriodOrigin.DocumentYear).Select(f => f.Quantity.Text), Is.Empty);

        // 2024 only where the sentence says so: this year's, Over the past three years (2022-2024).
        var dated2024 = facts.Where(f => f.Period is { LastYear: 2024 }).ToList();
        Assert.That(dated2024.Select(f => f.Sentence.Text), Has.All.Match("this year|past three years|2024"));
        Assert.That(dated2024.Select(f => f.PeriodOrigin), Has.All.EqualTo(PeriodOrigin.Stated));
    }

    [Test]
    public void The_year_of_each_edition_is_read_from_its_title()
    {
        Assert.That(FactExtractor.ReadDocumentYear(Editions.Chinese), Is.EqualTo(2019));
        Assert.That(FactExtractor.ReadDocumentYear(Editions.English), Is.EqualTo(2019));
    }

    [Test]
    public void Both_editions_of_the_paper_name_the_same_indicators_in_sections_one_and_three()
    {
        static List<string> Ids(string name) => ReadFixture(name).Select(r => r.Split('\t')[2]).Where(id => id != "-").Order().ToList();
        Assert.That(Ids("whitepaper-2019.en.tsv"), Is.EqualTo(Ids("whitepaper-2019.zh.tsv")));
    }

    private static string Row(string section, Fact fact) => string.Join('\t',
        section,
        fact.Quantity.Text,
        fact.Indicator?.Id ?? "-",
        FactText.Number(fact.Value),
        FactText.Unit(fact.Quantity.Unit.Kind),
        FactText.Period(fact.Period),
        FactText.Change(fact.Change) is var change && change.EndsWith(" -", StringComparison.Ordinal) ? change[..^2] : FactText.Change(fact.Change));

    // The blocks strictly between the heading numbered ordinal and the next numbered heading.
    private static (int First, int Last) SectionBlocks(Document edition, int ordinal)
    {
        var headings = edition.Blocks.Select((block, index) => (block, index))
            .Where(x => x.block is Heading { Level: 1, Number: not null })
            .Select(x => (((Heading)x.block).Number!.Ordinal, x.index))
            .ToList();
        var at = headings.FindIndex(h => h.Ordinal == ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"section {ordinal} not found");
        return (headings[at].index, at + 1 < headings.Count ? headings[at + 1].index : edition.Blocks.Length);
    }

    private static List<string> ReadFixture(string name) => File.ReadLines(TestData.Fixture("facts", name))
        .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("section\t", StringComparison.Ordinal))
        .Select(line =>
        {
            var columns = line.Split('\t');
            columns[3] = FactText.Number(decimal.Parse(columns[3], System.Globalization.CultureInfo.InvariantCulture));
            return string.Join('\t', columns);
        })
        .ToList();
}
