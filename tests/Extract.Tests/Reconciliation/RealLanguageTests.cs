using Extract.Evaluation;
using Extract.Reconciliation;

namespace Extract.Tests.Reconciliation;

/// <summary>Number language as real translations write it, family by family, each pair reconciled as one segment
/// (<c>Data/reconciliation/real-language.txt</c>).</summary>
[TestFixture]
public class RealLanguageTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        PlantedCase.Read(TestData.Fixture("reconciliation", "real-language.txt")).Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void The_pair_as_written_gives_no_medium_or_high_finding(object data)
    {
        var (zh, en) = ((PlantedCase)data).Unaltered;

        var flagged = Flagged(zh, en);

        Assert.That(flagged, Is.Empty, Reconcile.Describe(flagged));
    }

    [TestCaseSource(nameof(Cases))]
    public void A_slip_gives_exactly_its_findings(object data)
    {
        var planted = (PlantedCase)data;
        if (planted.Expected.IsEmpty)
        {
            Assert.Ignore("an agreement: nothing planted");
        }

        var (zh, en) = planted.Planted;

        var flagged = Flagged(zh, en);

        Assert.That(flagged, Has.Count.EqualTo(planted.Expected.Length), Reconcile.Describe(flagged));
        Assert.That(planted.Expected, Has.All.Matches<ExpectedFinding>(e => flagged.Any(e.IsMatchedBy)), Reconcile.Describe(flagged));
    }

    private static List<Discrepancy> Flagged(string zh, string en) =>
        [.. SegmentPair.Reconcile(zh, en).Where(d => d.Severity >= Severity.Medium)];
}
