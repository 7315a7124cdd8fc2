using Extract.Documents;
using Extract.Facts;
using Extract.Sentences;

namespace Extract.Tests.Facts;

/// <summary>The wordings the fact stage reads, one passage each, from <c>Data/facts/sentences.txt</c>: coordination,
/// 分别 and 各为, two numbers for one count, verb-first clauses, subjects, periods (<c>In 2019</c>, 截至…年底,
/// <c>Last year</c>, <c>Over the past three years</c>), changes, and text the rules cannot parse.</summary>
[TestFixture]
public class SentenceFactsTests
{
    private static readonly FactExtractor Extractor = new();

    private static IEnumerable<TestCaseData> Cases() => CaseFile.Read("facts", "sentences.txt");

    [TestCaseSource(nameof(Cases))]
    public void Passage_yields_the_listed_facts(string input, string expected)
    {
        var (sentences, year, reportingYear) = ReportPassage(input);
        var found = Extractor.Extract(sentences, year, reportingYear).Select(FactText.Line).ToList();
        var wanted = expected.Length == 0 ? [] : expected.Split('\n').ToList();
        Assert.That(found, Has.Count.EqualTo(wanted.Count), "facts found:\n" + string.Join('\n', found));
        for (var i = 0; i < wanted.Count; i++)
        {
            // An unknown indicator written "*" accepts any label: the label of text the rules cannot parse is not specified.
            var pattern = wanted[i].StartsWith("\"*\"", StringComparison.Ordinal) ? wanted[i][3..] : null;
            if (pattern is not null)
            {
                Assert.That(found[i], Does.StartWith("\"").And.EndWith(pattern), $"fact {i}");
                Assert.That(found[i], Does.Not.StartWith("\"\""), $"fact {i} has an empty label");
            }
            else
            {
                Assert.That(found[i], Is.EqualTo(wanted[i]), $"fact {i}");
            }
        }
    }

    [Test]
    public void Facts_point_at_their_figures_in_the_text()
    {
        var (sentences, year) = Passage("2019年,上海专利申请量17.36万件,专利授权量10.06万件。\nIn 2019, the number of PCT patent filings reached 3,200.");
        var text = string.Join('\n', sentences.Select(s => s.Text));
        var facts = Extractor.Extract(sentences, year);
        Assert.That(facts.Select(f => text.Substring(f.Span.Start, f.Span.Length)), Is.EqualTo(new[] { "17.36万件", "10.06万件", "3,200" }));
        Assert.That(facts.Select(f => f.Language), Is.EqualTo(new[] { Language.Chinese, Language.Chinese, Language.English }));
    }

    [Test]
    public void A_fact_without_a_period_has_no_period_origin()
    {
        var (sentences, year) = Passage("上海专利申请量17.36万件。\nIn 2019, the number of PCT patent filings reached 3,200.");
        var facts = Extractor.Extract(sentences, year);
        Assert.That(facts.Select(f => (f.Period is null, f.PeriodOrigin)), Is.EqualTo(new (bool, PeriodOrigin?)[] { (true, null), (false, PeriodOrigin.Stated) }));
    }

    [Test]
    public void A_count_in_brackets_after_a_name_is_a_part_of_the_count_before_it_and_keeps_the_name_as_its_label()
    {
        var (sentences, year) = Passage("Foreign applicants submitted a total of 78,000 invention patent applications in China, with Japan (22,000) and South Korea (10,000) ranking first and third.");
        var facts = Extractor.Extract(sentences, year).Where(f => f.Quantity.Unit is Extract.Quantities.Unit.Count).ToList();
        Assert.That(facts.Select(f => (f.Indicator?.Id, f.Label, f.Qualifiers.HasFlag(FactQualifiers.PartOfPrevious))), Is.EqualTo(new (string?, string, bool)[]
        {
            ("patent.invention.applications", facts[0].Label, false),
            ("patent.invention.applications", "Japan", true),
            ("patent.invention.applications", "South Korea", true),
        }));
    }

    [Test]
    public void An_empty_passage_gives_no_fact()
    {
        Assert.That(Extractor.Extract([], 2019), Is.Empty);
    }

    // Each line a sentence, offsets as if the lines were joined by newlines; "year: N" gives the document's year.
    internal static (List<Sentence> Sentences, int? Year) Passage(string input)
    {
        var (sentences, year, _) = ReportPassage(input);
        return (sentences, year);
    }

    // As Passage; "report: N" also gives the year a report's title names (and the document's year, unless given).
    internal static (List<Sentence> Sentences, int? Year, int? ReportingYear) ReportPassage(string input)
    {
        var sentences = new List<Sentence>();
        int? year = null;
        int? reportingYear = null;
        var offset = 0;
        foreach (var line in input.Split('\n'))
        {
            if (line.StartsWith("year: ", StringComparison.Ordinal))
            {
                year = int.Parse(line[6..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("report: ", StringComparison.Ordinal))
            {
                reportingYear = int.Parse(line[8..], System.Globalization.CultureInfo.InvariantCulture);
                year ??= reportingYear;
            }
            else
            {
                sentences.Add(new Sentence(line, new TextSpan(offset, line.Length), 0, LanguageDetector.Detect(line)));
            }

            offset += line.Length + 1;
        }

        return (sentences, year, reportingYear);
    }
}
