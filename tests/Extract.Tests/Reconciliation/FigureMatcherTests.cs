using Extract.Quantities;
using Extract.Reconciliation;

namespace Extract.Tests.Reconciliation;

/// <summary>Which figures state the same fact, and the passages whose figures all agree in spite of their form,
/// place or repetition (<c>Data/reconciliation/agreements.txt</c>).</summary>
[TestFixture]
public class FigureMatcherTests
{
    private static Quantity Chinese(string text) => QuantityRecognizer.RecognizeChinese(text).First();

    private static Quantity English(string text) => QuantityRecognizer.RecognizeEnglish(text).First();

    [TestCase("专利申请量17.36万件", "reached 173,600")]
    [TestCase("涉案总值68亿余元", "involving more than 6.8 billion RMB")]
    [TestCase("首批国家知识产权信息服务中心", "among the first batch of centers")]
    [TestCase("300多件专利获得授权", "resulting in more than 300 patents granted")]
    [TestCase("检查各类文化经营场所1.7万家次", "for 17,000 times")]
    [TestCase("近2.3万件", "nearly 23,000 quick registrations")]
    [TestCase("每万人口发明专利拥有量达53.54件", "53.54 per 10,000 residents")]
    [TestCase("2020年4月", "April, 2020")]
    public void Figures_stating_one_fact_in_different_forms_agree(string zh, string en)
    {
        Assert.That(FigureMatcher.Score(Chinese(zh), English(en), exactOnly: false), Is.GreaterThan(0));
    }

    [TestCase("判赔金额超过1.1亿元", "over 1.1 billion RMB")]
    [TestCase("国际登录14个", "another 6 were granted")]
    [TestCase("2019年", "in 2018")]
    [TestCase("同比增长15.54%", "up by 15.45%")]
    public void Figures_stating_different_facts_do_not_agree(string zh, string en)
    {
        Assert.That(FigureMatcher.Score(Chinese(zh), English(en), exactOnly: false), Is.Zero);
    }

    private static IEnumerable<TestCaseData> Agreements() =>
        PlantedCase.Read(TestData.Fixture("reconciliation", "agreements.txt")).Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(Agreements))]
    public void A_passage_whose_figures_agree_gives_no_finding(object data)
    {
        var (zh, en) = ((PlantedCase)data).Unaltered;

        var found = Reconcile.Texts(zh, en).Discrepancies;

        Assert.That(found, Is.Empty, Reconcile.Describe(found));
    }
}
