using Extract.Reconciliation;

namespace Extract.Tests.Reconciliation;

/// <summary>Passages of the 2019 white paper and of a Chinese version of the 2024 white paper, with errors planted in
/// one edition or the other (<c>Data/reconciliation/planted-*.txt</c>).</summary>
[TestFixture]
public class PlantedErrorTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        PlantedCase.All().Select(c => new TestCaseData(c).SetName($"{Path.GetFileNameWithoutExtension(c.File)}: {c.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void Each_planted_error_is_found_with_its_kind_and_nothing_else_is_flagged(object data)
    {
        var planted = (PlantedCase)data;
        var (zh, en) = planted.Planted;

        var found = Reconcile.Texts(zh, en).Discrepancies;

        Assert.Multiple(() =>
        {
            foreach (var expected in planted.Expected)
            {
                Assert.That(found.Any(expected.IsMatchedBy), $"expected {expected}; found:\n{Reconcile.Describe(found)}");
            }

            var unexpected = found.Where(d => d.Severity >= Severity.Medium && !planted.Expected.Any(e => e.IsMatchedBy(d)));
            Assert.That(unexpected, Is.Empty, $"unexpected at medium or high:\n{Reconcile.Describe(unexpected)}");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void The_unaltered_passage_gives_no_medium_or_high_discrepancy(object data)
    {
        var (zh, en) = ((PlantedCase)data).Unaltered;

        var flagged = Reconcile.Texts(zh, en).AtLeast(Severity.Medium).ToList();

        Assert.That(flagged, Is.Empty, Reconcile.Describe(flagged));
    }

    [Test]
    public void The_planted_errors_number_at_least_forty_and_cover_every_kind_in_each_edition_alone()
    {
        var cases = PlantedCase.All().ToList();
        var expected = cases.SelectMany(c => c.Expected).ToList();

        Assert.That(expected, Has.Count.GreaterThanOrEqualTo(40));
        Assert.That(expected.Select(e => e.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<DiscrepancyKind>()));
        Assert.That(cases.Where(c => c.PlantsIn(chinese: true) && !c.PlantsIn(chinese: false)).SelectMany(c => c.Expected).Select(e => e.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<DiscrepancyKind>()), "kinds planted in the Chinese alone");
        Assert.That(cases.Where(c => c.PlantsIn(chinese: false) && !c.PlantsIn(chinese: true)).SelectMany(c => c.Expected).Select(e => e.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<DiscrepancyKind>()), "kinds planted in the English alone");
        Assert.That(cases, Has.All.Matches<PlantedCase>(c => c.Expected.Length > 0 && (c.PlantsIn(true) || c.PlantsIn(false))), "every case plants an error and expects a finding");
    }
}
