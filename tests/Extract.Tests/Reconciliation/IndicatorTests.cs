using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

[TestFixture]
public class IndicatorTests
{
    [TestCase(DiscrepancyKind.Digits, "trademark.valid")]
    [TestCase(DiscrepancyKind.Value, "plantvariety.intlregistrations")]
    public void The_figures_of_a_finding_carry_the_indicator_both_editions_state(DiscrepancyKind kind, string indicator)
    {
        var report = new Reconciler().Reconcile(EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt")));

        var finding = report.Discrepancies.Single(d => d.Kind == kind);

        Assert.That(finding.Chinese!.Indicator?.Id, Is.EqualTo(indicator));
        Assert.That(finding.English!.Indicator?.Id, Is.EqualTo(indicator));
    }

    [Test]
    public void Without_indicators_the_same_findings_are_reported()
    {
        var editions = EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));

        var with = new Reconciler().Reconcile(editions).AtLeast(Severity.Medium).Select(d => (d.Kind, d.Chinese?.Quantity.Text, d.English?.Quantity.Text));
        var without = new Reconciler(new ReconciliationOptions { UseIndicators = false }).Reconcile(editions);

        Assert.That(without.AtLeast(Severity.Medium).Select(d => (d.Kind, d.Chinese?.Quantity.Text, d.English?.Quantity.Text)), Is.EqualTo(with));
        Assert.That(without.ChineseFigures.Select(f => f.Indicator), Is.All.Null);
    }
}
