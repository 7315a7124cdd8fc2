using Extract.Facts;

namespace Extract.Tests.Facts;

/// <summary>The indicator catalog: the default one shipped with the library, a user's term base loaded in one call
/// and laid over it, and the errors a bad file gives (file, line, reason), from <c>Data/facts/bad-catalogs.txt</c>.</summary>
[TestFixture]
public class IndicatorCatalogTests
{
    private static readonly string[] RequiredIds =
    [
        "patent.applications", "patent.grants", "patent.invention.applications", "patent.invention.grants", "patent.invention.valid",
        "patent.invention.per10k", "pct.applications", "trademark.applications", "trademark.registrations.new", "trademark.valid",
        "copyright.registrations", "gi.trademarks", "gi.products", "plantvariety.grants", "plantvariety.intlregistrations",
        "court.ip.accepted", "court.ip.concluded", "procuratorate.arrest.cases", "police.ip.cases", "police.suspects.arrested",
        "pledge.amount", "patent.invention.examination.period", "ip.protection.satisfaction", "copyright.demonstration.units",
        "pledge.partner.banks", "patent.manager.qualified", "ip.education.schools", "wipo.distancelearning.passed",
    ];

    private static IEnumerable<TestCaseData> BadCatalogs() => CaseFile.Read("facts", "bad-catalogs.txt");

    [Test]
    public void Default_catalog_names_the_indicators_of_the_white_papers_in_both_languages()
    {
        var catalog = IndicatorCatalog.Default;
        foreach (var id in RequiredIds)
        {
            var indicator = catalog.Find(id);
            Assert.That(indicator, Is.Not.Null, id);
            Assert.That(indicator!.ChineseName, Is.Not.Empty);
            Assert.That(indicator.EnglishName, Is.Not.Empty);
        }

        Assert.That(catalog.Find("patent.invention.per10k")!.Unit, Is.EqualTo(IndicatorUnit.Rate));
        Assert.That(catalog.Find("pledge.amount")!.Unit, Is.EqualTo(IndicatorUnit.Money));
        Assert.That(catalog.Find("police.suspects.arrested")!.Unit, Is.EqualTo(IndicatorUnit.People));
        Assert.That(catalog.Find("patent.invention.examination.period")!.Unit, Is.EqualTo(IndicatorUnit.Duration));
        Assert.That(catalog.Find("ip.protection.satisfaction")!.Unit, Is.EqualTo(IndicatorUnit.Score));
        Assert.That(catalog.Find("patent.applications")!.ChineseName, Is.EqualTo("专利申请量"));
        Assert.That(catalog.Find("no.such.indicator"), Is.Null);
    }

    [Test]
    public void A_user_catalog_loads_in_one_call_and_overrides_by_id()
    {
        var user = IndicatorCatalog.Load(TestData.Fixture("facts", "user-catalog.tsv"));
        Assert.That(user.Indicators.Select(i => i.Id), Is.EqualTo(new[] { "plantvariety.agricultural.grants", "gi.trademarks" }));

        var merged = IndicatorCatalog.Default.With(user);
        Assert.That(merged.Indicators, Has.Length.EqualTo(IndicatorCatalog.Default.Indicators.Length + 1));
        Assert.That(merged.Find("gi.trademarks")!.ChineseNames, Is.EqualTo(new[] { "地理标志商标", "地标商标" }));
        Assert.That(merged.Indicators.Select(i => i.Id).ToList().IndexOf("gi.trademarks"),
            Is.EqualTo(IndicatorCatalog.Default.Indicators.Select(i => i.Id).ToList().IndexOf("gi.trademarks")), "a replaced indicator keeps its place");
        Assert.That(IndicatorCatalog.Default.Find("gi.trademarks")!.ChineseNames, Has.Length.EqualTo(1), "the default catalog is unchanged");
    }

    [Test]
    public void A_user_indicator_names_figures_the_default_catalog_does_not_know()
    {
        var (sentences, _) = SentenceFactsTests.Passage("The city obtained 109 authorizations for new varieties of agricultural plants.\n上海地标商标18件。");
        var merged = IndicatorCatalog.Default.With(IndicatorCatalog.Load(TestData.Fixture("facts", "user-catalog.tsv")));
        var facts = new FactExtractor(merged).Extract(sentences);
        Assert.That(facts.Select(f => f.Indicator?.Id), Is.EqualTo(new[] { "plantvariety.agricultural.grants", "gi.trademarks" }));

        var plain = new FactExtractor().Extract(sentences);
        Assert.That(plain.Select(f => f.Indicator?.Id), Is.EqualTo(new[] { "plantvariety.grants", null }));
    }

    [TestCaseSource(nameof(BadCatalogs))]
    public void A_bad_catalog_file_names_the_file_the_line_and_the_reason(string content, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"extract-catalog-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, content);
        try
        {
            var error = Assert.Throws<IndicatorCatalogFormatException>(() => IndicatorCatalog.Load(path))!;
            Assert.That(error.Message, Does.StartWith(path + ": "));
            Assert.That(error.Message, Does.Contain(expected));
            if (expected.StartsWith("line ", StringComparison.Ordinal))
            {
                Assert.That(error.LineNumber, Is.EqualTo(int.Parse(expected[5..expected.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("The number of valid domestic invention patents in China reached 4.425 million.", "patent.invention.valid")]
    [TestCase("Valid foreign invention patents in China reached 919,000.", "patent.invention.valid")]
    [TestCase("Valid AI invention patents in China reached 378,000.", "patent.invention.valid.ai")]
    [TestCase("The number of valid registered domestic trademarks reached a new record high of 45.909 million.", "trademark.valid")]
    [TestCase("Valid and invention patents reached 4,000.", null)]
    [TestCase("In the city, 300 patents were granted.", null)]
    public void An_English_name_matches_across_one_modifier_but_not_across_a_function_word(string sentence, string? indicator)
    {
        var (sentences, _) = SentenceFactsTests.Passage(sentence);
        var facts = new FactExtractor().Extract(sentences);
        Assert.That(facts.Select(f => f.Indicator?.Id), Is.EqualTo(new[] { indicator }));
    }

    [Test]
    public void Of_the_names_touching_a_figure_the_longest_wins()
    {
        // Both patents granted and the pre-examination name end next to 300: the longer says what was granted.
        var (sentences, _) = SentenceFactsTests.Passage("Total patent pre-examination processed by the Center exceeded 1,000, resulting in more than 300 patents granted.");
        var facts = new FactExtractor().Extract(sentences);
        Assert.That(facts.Select(f => f.Indicator?.Id), Is.EqualTo(new[] { "patent.preexamination", "patent.preexamination.grants" }));
    }

    [Test]
    public void Durations_and_scores_name_only_figures_of_their_kind()
    {
        var catalog = IndicatorCatalog.Parse(new StringReader(
            "exam.period\tduration\t审查周期\texamination period\nexam.satisfaction\tscore\t满意度\tsatisfaction\n"), "units.tsv");
        Assert.That(catalog.Find("exam.period")!.Unit, Is.EqualTo(IndicatorUnit.Duration));
        Assert.That(catalog.Find("exam.satisfaction")!.Unit, Is.EqualTo(IndicatorUnit.Score));
        var (sentences, _) = SentenceFactsTests.Passage(
            "The examination period was reduced to 15.7 months.\nThe examination period was cut by 12%.\nPublic satisfaction reached 82.04 points.\nPublic satisfaction reached 82.04%.");
        var facts = new FactExtractor(catalog).Extract(sentences);
        Assert.That(facts.Select(f => f.Indicator?.Id), Is.EqualTo(new[] { "exam.period", null, "exam.satisfaction", null }));
    }

    [Test]
    public void A_missing_catalog_file_is_reported_as_such()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-catalog.tsv");
        var error = Assert.Throws<DataFileNotFoundException>(() => IndicatorCatalog.Load(path))!;
        Assert.That(error.SourcePath, Is.EqualTo(path));
    }

    [Test]
    public void Indicators_reject_ids_that_are_not_dotted_lower_case_words()
    {
        Assert.Throws<ArgumentException>(() => _ = new Indicator("Patent Grants", IndicatorUnit.Count, ["专利授权量"], ["patents granted"]));
        Assert.Throws<ArgumentException>(() => _ = new Indicator("patent..grants", IndicatorUnit.Count, ["专利授权量"], ["patents granted"]));
        Assert.Throws<ArgumentException>(() => _ = new Indicator("patent.grants", IndicatorUnit.Count, [], ["patents granted"]));
        Assert.That(new Indicator("patent.grants", IndicatorUnit.Count, ["专利授权量"], ["patents granted"]), Is.EqualTo(IndicatorCatalog.Default.Find("patent.grants")));
    }

    [Test]
    public void Every_indicator_of_the_default_catalog_shows_a_name_without_matching_marks()
    {
        var marked = IndicatorCatalog.Default.Indicators
            .Where(i => i.ChineseName.IndexOfAny(['…', '#']) >= 0 || i.EnglishName.IndexOfAny(['…', '#']) >= 0 || i.EnglishName.Contains("  ", StringComparison.Ordinal))
            .Select(i => i.Id);
        Assert.That(marked, Is.Empty);
    }

    [TestCase("court.ip.accepted", "法院受理知识产权案件", "IP cases accepted by courts")]
    [TestCase("patent.pilot.units", "专利工作试点单位", "pilot units")]
    [TestCase("patent.applications", "专利申请量", "patent applications")]
    public void The_name_shown_is_the_first_plain_name_else_the_first_pattern_with_its_parts_joined(string id, string chinese, string english)
    {
        var indicator = IndicatorCatalog.Default.Indicators.Single(i => i.Id == id);
        Assert.That((indicator.ChineseName, indicator.EnglishName), Is.EqualTo((chinese, english)));
    }
}
