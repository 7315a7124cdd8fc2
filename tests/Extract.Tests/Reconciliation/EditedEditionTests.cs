using Extract.Reading.Text;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

/// <summary>Errors planted one at a time in the whole 2019 white paper (<c>Data/reconciliation/edited-2019.txt</c>):
/// each must be found with its kind through the alignment of the whole document, and nothing else flagged beside the
/// edition's own real disagreements.</summary>
[TestFixture]
public class EditedEditionTests
{
    private static readonly Lazy<string> Original = new(() => File.ReadAllText(TestData.Sample("whitepaper-2019.zh-en.txt")));

    private static IEnumerable<TestCaseData> Cases() =>
        PlantedCase.Read(TestData.Fixture("reconciliation", "edited-2019.txt")).Select(c => new TestCaseData(c).SetName(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void The_planted_error_is_found_among_all_the_figures_of_the_edition(object data)
    {
        var planted = (PlantedCase)data;
        var text = Original.Value;
        foreach (var edit in planted.Chinese.Concat(planted.English))
        {
            var (before, after) = PlantedCase.Edit(edit);
            Assert.That(text.Split(before).Length, Is.EqualTo(2), $"“{before}” must occur exactly once in the edition");
            text = text.Replace(before, after, StringComparison.Ordinal);
        }

        var report = new Reconciler().Reconcile(EditionSplitter.Split(PlainTextReader.ReadText(text, "whitepaper-2019.zh-en.txt")));

        var real = WhitePaper2019Tests.ReviewRow.All().Where(r => r.Kind is not null).ToList();
        Assert.Multiple(() =>
        {
            foreach (var expected in planted.Expected)
            {
                Assert.That(report.Discrepancies.Any(expected.IsMatchedBy), $"expected {expected}; found:\n{Reconcile.Describe(report.AtLeast(Severity.Medium))}");
            }

            var unexpected = report.AtLeast(Severity.Medium).Where(d => !planted.Expected.Any(e => e.IsMatchedBy(d)) && !real.Any(r => r.Involves(d) && r.Kind == d.Kind));
            Assert.That(unexpected, Is.Empty, $"unexpected at medium or high:\n{Reconcile.Describe(unexpected)}");
        });
    }
}
