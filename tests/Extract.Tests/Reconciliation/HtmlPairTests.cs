using Extract.Reading;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

[TestFixture]
public class HtmlPairTests
{
    private static IEnumerable<(DiscrepancyKind Kind, Severity Severity, string? Zh, string? En)> Findings(ConsistencyReport report) =>
        report.AtLeast(Severity.Medium).Select(d => (d.Kind, d.Severity, d.Chinese?.Quantity.Text, d.English?.Quantity.Text));

    [Test]
    public void The_2019_editions_published_as_web_pages_reconcile_exactly_as_the_text()
    {
        var reader = new DocumentReader();
        var fromHtml = Editions.Pair(
            reader.Read(TestData.Fixture("html", "whitepaper-2019.zh.trs-gb2312.html")),
            reader.Read(TestData.Fixture("html", "whitepaper-2019.en.semantic.html")));
        var fromText = EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));

        var html = new Reconciler().Reconcile(fromHtml);
        var text = new Reconciler().Reconcile(fromText);

        Assert.That(Findings(html), Is.EqualTo(Findings(text)));
        Assert.That(Findings(html).Select(f => f.Kind), Is.EquivalentTo(new[] { DiscrepancyKind.Digits, DiscrepancyKind.Value, DiscrepancyKind.Qualifier }));
        Assert.That(html.Correspondence, Is.GreaterThan(0.9));
    }
}
