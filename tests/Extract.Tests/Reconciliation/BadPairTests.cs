using Extract.Reading.Text;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

/// <summary>Documents that are not two editions of one publication give a clear error, never a long list of spurious
/// discrepancies.</summary>
[TestFixture]
public class BadPairTests
{
    private static Editions Editions2019() => EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));

    [Test]
    public void Two_chinese_documents_are_refused_as_the_same_language()
    {
        var chinese = Editions2019().Chinese;

        var error = Assert.Throws<SameLanguageException>(() => Editions.Pair(chinese, PlainTextReader.ReadText("上海专利申请量17.36万件,同比增长15.54%。", "other.zh.txt")));

        Assert.That(error!.Message, Does.Contain("other.zh.txt").And.Contain("both Chinese"));
    }

    [Test]
    public void Two_english_documents_are_refused_as_the_same_language()
    {
        Assert.Throws<SameLanguageException>(() => Editions.Pair(Editions2019().English, TestData.ReadSample("whitepaper-2024.en.txt")));
    }

    [Test]
    public void A_document_without_figures_is_refused_naming_it()
    {
        var zh = PlainTextReader.ReadText("市知识产权局与上海应用技术大学签订合作框架协议。持续推进实务人才培训。", "nofigures.zh.txt");
        var en = PlainTextReader.ReadText("Shanghai IP Administration signed a cooperation framework agreement with Shanghai Institute of Technology, reaching 56 people.", "en.txt");

        var error = Assert.Throws<NoFiguresException>(() => new Reconciler().Reconcile(Editions.Pair(zh, en)));

        Assert.That(error!.SourcePath, Is.EqualTo("nofigures.zh.txt"));
        Assert.That(error.Message, Does.Contain("no figure"));
    }

    [TestCase("whitepaper-2024.en.txt")]
    [TestCase("scio-briefing-2024-07-29.en.txt")]
    public void The_chinese_2019_edition_against_another_english_document_is_refused_with_the_correspondence(string english)
    {
        var editions = Editions.Pair(Editions2019().Chinese, TestData.ReadSample(english));

        var error = Assert.Throws<EditionsDoNotCorrespondException>(() => new Reconciler().Reconcile(editions));

        Assert.That(error!.Correspondence, Is.LessThan(ReconciliationOptions.Default.MinimumCorrespondence));
        Assert.That(error.Message, Does.Contain("do not correspond").And.Contain(english).And.Contain(error.Correspondence.ToString("P0", System.Globalization.CultureInfo.CurrentCulture)));
    }

    [Test]
    public void The_two_editions_of_the_2019_white_paper_correspond()
    {
        var report = new Reconciler().Reconcile(Editions2019());

        Assert.That(report.Correspondence, Is.GreaterThan(0.8));
    }
}
