using Extract.Reading;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Tables;

/// <summary>The corpus's table of the 2019 white paper (its Chinese edition in 万件 by a unit column, its English
/// edition in full figures) gives only the two disagreements it was made with, as text and as PDF.</summary>
[TestFixture]
public class TableCorpusTests
{
    [TestCase("corpus/gen/table-2019.source.txt")]
    [TestCase("corpus/pdf/table-2019.pdf")]
    public void The_table_of_the_2019_white_paper_gives_its_real_disagreements_only(string file)
    {
        var document = new DocumentReader().Read(TestData.RequireShared(file));

        var report = new Reconciler().Reconcile(EditionSplitter.Split(document));

        Assert.That(
            report.Discrepancies.Select(d => (d.Kind, d.Chinese?.Quantity.Text, d.English?.Quantity.Text)),
            Is.EqualTo(new[] { (DiscrepancyKind.Digits, "147.26", "1.4736 million"), (DiscrepancyKind.Value, "14", "6") }),
            Extract.Tests.Reconciliation.Reconcile.Describe(report.Discrepancies));
    }
}
