using Extract.Reconciliation;

namespace Extract.Tests.Reconciliation;

/// <summary>Each discrepancy kind and severity on one small passage pair (<c>Data/reconciliation/kinds.txt</c>).</summary>
[TestFixture]
public class DiscrepancyKindTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        PlantedCase.Read(TestData.Fixture("reconciliation", "kinds.txt")).Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void The_error_gives_exactly_the_finding_of_its_kind_and_severity(object data)
    {
        var planted = (PlantedCase)data;
        var (zh, en) = planted.Planted;

        var found = Reconcile.Texts(zh, en).Discrepancies;

        Assert.That(found, Has.Length.EqualTo(planted.Expected.Length), Reconcile.Describe(found));
        Assert.That(planted.Expected, Has.All.Matches<ExpectedFinding>(e => found.Any(e.IsMatchedBy)), Reconcile.Describe(found));
    }

    [TestCaseSource(nameof(Cases))]
    public void Without_the_error_nothing_is_reported(object data)
    {
        var (zh, en) = ((PlantedCase)data).Unaltered;

        var found = Reconcile.Texts(zh, en).Discrepancies;

        Assert.That(found, Is.Empty, Reconcile.Describe(found));
    }

    [Test]
    public void Every_kind_has_a_case()
    {
        var kinds = PlantedCase.Read(TestData.Fixture("reconciliation", "kinds.txt")).SelectMany(c => c.Expected).Select(e => e.Kind).Distinct();

        Assert.That(kinds, Is.EquivalentTo(Enum.GetValues<DiscrepancyKind>()));
    }

    [Test]
    public void A_part_after_其中_above_its_total_makes_the_chinese_the_suspect()
    {
        var found = Reconcile.Texts(
            "2024年,上海专利授权量15.08万件,其中发明专利50.7万件,同比增长14.28%。",
            "In 2024, patents granted in Shanghai totaled 150,800, including 50,700 invention patents, an increase of 14.28% year-on-year.").Discrepancies;

        var scale = found.Single(d => d.Kind == DiscrepancyKind.Scale);
        Assert.That(scale.Suspect, Is.EqualTo(EditionSide.Chinese));
        Assert.That(scale.Message, Does.Contain("contradicts itself").And.Contain("50.7万件").And.Contain("15.08万件").And.EndWith("check the Chinese edition."));
    }

    [Test]
    public void A_wrong_english_figure_where_the_chinese_adds_up_makes_the_english_the_suspect()
    {
        var found = Reconcile.Texts(
            "2024年,上海专利授权量15.08万件,其中发明专利5.07万件,同比增长14.28%。",
            "In 2024, patents granted in Shanghai totaled 150,800, including 507,000 invention patents, an increase of 14.28% year-on-year.").Discrepancies;

        var scale = found.Single(d => d.Kind == DiscrepancyKind.Scale);
        Assert.That(scale.Suspect, Is.EqualTo(EditionSide.English));
        Assert.That(scale.Message, Does.EndWith("Check the English edition."));
    }
}
