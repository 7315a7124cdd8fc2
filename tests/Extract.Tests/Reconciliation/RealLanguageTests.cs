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

    // Agreements plant nothing: only the cases with a slip have findings to expect.
    private static IEnumerable<TestCaseData> Slips() =>
        PlantedCase.Read(TestData.Fixture("reconciliation", "real-language.txt")).Where(c => !c.Expected.IsEmpty).Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void The_pair_as_written_gives_no_medium_or_high_finding(object data)
    {
        var (zh, en) = ((PlantedCase)data).Unaltered;

        var flagged = Flagged(zh, en);

        Assert.That(flagged, Is.Empty, Reconcile.Describe(flagged));
    }

    [TestCaseSource(nameof(Slips))]
    public void A_slip_gives_exactly_its_findings(object data)
    {
        var planted = (PlantedCase)data;
        var (zh, en) = planted.Planted;

        var flagged = Flagged(zh, en);

        Assert.That(flagged, Has.Count.EqualTo(planted.Expected.Length), Reconcile.Describe(flagged));
        Assert.That(planted.Expected, Has.All.Matches<ExpectedFinding>(e => flagged.Any(e.IsMatchedBy)), Reconcile.Describe(flagged));
    }

    private static List<Discrepancy> Flagged(string zh, string en) =>
        [.. SegmentPair.Reconcile(zh, en).Where(d => d.Severity >= Severity.Medium)];
}
