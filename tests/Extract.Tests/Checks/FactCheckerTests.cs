using Extract.Checks;
using Extract.Store;

namespace Extract.Tests.Checks;

/// <summary>The checks on real documents and on planted ones: growth rates against last year's figures (the 2024 white
/// paper against the 2023 press texts), parts against totals, restated figures; Chinese and English.</summary>
public sealed class FactCheckerTests
{
    private static readonly string[] Planted =
        ["planted-2023.en.txt", "planted-2023.zh.txt", "planted-2024.en.txt", "planted-2024.zh.txt", "planted-parts.en.txt", "planted-press-2024.en.txt"];

    [Test]
    public void TheWhitePapersGrowthRatesAgreeWithThe2023PressFiguresExceptThePledgeAmount()
    {
        var paper = CheckFiles.Read(TestData.Sample("whitepaper-2024.en.txt"));
        var press = CheckFiles.Read(TestData.Sample("press-2024-04-25-shanghai-ip-week.en.txt"), TestData.Sample("news-2024-04-25-patent-measures.en.txt"));
        var growth = new FactChecker().Check(paper, press).Where(c => c.Kind == FactCheckKind.Growth).ToList();
        var expected = CheckFiles.Table("growth-seed.tsv");
        var actual = growth.Select(c => string.Join('\t',
            c.Figures[0].IndicatorId,
            c.Figures[0].QuantityText,
            c.Figures[1].QuantityText,
            c.Message[(c.Message.LastIndexOf(" gives ", StringComparison.Ordinal) + 7)..],
            c.Consistent ? "consistent" : "inconsistent"));
        Assert.That(actual, Is.EquivalentTo(expected.Select(r => string.Join('\t', r[0], r[2], r[3], r[4], r[5]))));
    }

    [Test]
    public void AllSampleDocumentsTogetherGiveOnlyThePledgeAmount()
    {
        // The national briefing's figures share indicators with the city's but count another population: they are
        // neither a restatement of the city's figures nor last year's level of its growth rates.
        var names = new[] { "whitepaper-2024.en.txt", "press-2024-04-25-shanghai-ip-week.en.txt", "news-2024-04-25-patent-measures.en.txt", "scio-briefing-2024-07-29.en.txt", "whitepaper-2019.zh-en.txt" };
        var facts = CheckFiles.Read([.. names.Select(TestData.Sample)]);
        var findings = new FactChecker().Check(facts).Where(c => !c.Consistent).Select(c => (c.Kind, c.Figures[0].IndicatorId));
        Assert.That(findings, Is.EqualTo(new[] { (FactCheckKind.Growth, (string?)"pledge.amount") }));
    }

    [Test]
    public void TheReportedMessageNamesTheStatedRateTheFiguresAndTheRangeTheyGive()
    {
        var paper = CheckFiles.Read(TestData.Sample("whitepaper-2024.en.txt"));
        var press = CheckFiles.Read(TestData.Sample("press-2024-04-25-shanghai-ip-week.en.txt"));
        var valid = new FactChecker().Check(paper, press).Single(c => c.Kind == FactCheckKind.Growth && c.Figures[0].IndicatorId == "patent.invention.valid");
        Assert.Multiple(() =>
        {
            Assert.That(valid.Message, Is.EqualTo("patent.invention.valid: stated +15.44%; 241,400 (2023, press-2024-04-25-shanghai-ip-week.en.txt) to 278,700 (end of 2024, whitepaper-2024.en.txt) gives +15.40% to +15.50%"));
            Assert.That(valid.Stated, Is.EqualTo(new ValueInterval(15.435m, 15.445m)));
            Assert.That(valid.Computed.Low, Is.EqualTo(278650m / 241450m * 100 - 100));
            Assert.That(valid.Computed.High, Is.EqualTo(278750m / 241350m * 100 - 100));
        });
    }

    [Test]
    public void ThePlantedDocumentsGiveExactlyTheExpectedChecks()
    {
        var facts = CheckFiles.Read([.. Planted.Select(p => TestData.Fixture("Checks", p))]);
        var checks = new FactChecker().Check(facts);
        var actual = checks.Select(c => string.Join('\t',
            CheckReportWriter.Kind(c.Kind),
            string.Join(" + ", c.Figures.Select(f => f.Document.Name).Distinct().Order(StringComparer.Ordinal)),
            c.Figures[0].IndicatorId ?? "-",
            c.Figures[0].QuantityText,
            c.Consistent ? "consistent" : "inconsistent"));
        Assert.That(actual, Is.EquivalentTo(CheckFiles.Table("planted.expected.tsv").Select(r => string.Join('\t', r))));
    }

    [Test]
    public void TheChineseEditionsAloneCheckTheSameWay()
    {
        var facts = CheckFiles.Read(TestData.Fixture("Checks", "planted-2023.zh.txt"), TestData.Fixture("Checks", "planted-2024.zh.txt"));
        var growth = new FactChecker().Check(facts).Where(c => c.Kind == FactCheckKind.Growth)
            .Select(c => (c.Figures[0].IndicatorId, c.Figures[1].QuantityText, c.Consistent));
        Assert.That(growth, Is.EquivalentTo(new[] { ((string?)"patent.invention.grants", "3万件", true), ("patent.invention.valid", "10万件", false) }));
    }

    [Test]
    public void CleanDocumentsGiveNoFinding()
    {
        var facts = CheckFiles.Read(TestData.Fixture("Checks", "planted-2023.en.txt"), TestData.Fixture("Checks", "planted-2023.zh.txt"));
        var checks = new FactChecker().Check(facts);
        Assert.Multiple(() =>
        {
            Assert.That(checks, Is.Not.Empty, "the parts of the totals are compared");
            Assert.That(checks.Where(c => !c.Consistent), Is.Empty);
        });
    }

    [Test]
    public void TheBilingualWhitePaperOf2019HasNoInconsistentPartOrShare()
    {
        var facts = CheckFiles.Read(TestData.Sample("whitepaper-2019.zh-en.txt"));
        var findings = new FactChecker().Parts(facts).Where(c => !c.Consistent).Select(c => c.Message);
        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void AStoredDocumentUnderReviewCountsOnce()
    {
        var facts = CheckFiles.Read(TestData.Fixture("Checks", "planted-2023.en.txt"), TestData.Fixture("Checks", "planted-press-2024.en.txt"));
        // The same facts again as a store would give them back: no restatement of a document by itself.
        var checks = new FactChecker().Check(facts.Where(f => f.Document.Name == "planted-2023.en.txt").ToList(), facts);
        Assert.That(checks.Count(c => c.Kind == FactCheckKind.Restatement), Is.EqualTo(1));
    }
}
