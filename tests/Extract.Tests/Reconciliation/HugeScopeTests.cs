using System.Text;
using Extract.Reading.Segments;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

/// <summary>A segment that holds thousands of figures (a table pasted as one line, a list run together) is reconciled
/// in time linear in its figures, with the same findings as a small one, and reported with each figure's sentence cut
/// around the figure.</summary>
public sealed class HugeScopeTests
{
    private static ConsistencyReport Reconcile(string chinese, string english)
    {
        var table = Encoding.UTF8.GetBytes(chinese + "\t" + english + "\n");
        var file = new SegmentFileReader().Read(table, "huge.tsv");
        return new Reconciler().Reconcile(SegmentEditions.From(file));
    }

    [Test]
    public void Each_figure_of_a_huge_segment_finds_its_partner_where_it_stands()
    {
        // 1,500 counts, each rendered ten times too large: 1,500 scale errors, no omission and no addition.
        const int count = 1_500;
        var chinese = "各组分别为" + string.Join("、", Enumerable.Range(0, count).Select(i => $"{1000 + (7 * i)}件")) + "。";
        var english = "The groups had " + string.Join(", ", Enumerable.Range(0, count).Select(i => $"{(1000 + (7 * i)) * 10} cases")) + ".";

        var report = Reconcile(chinese, english);
        var wrong = report.Discrepancies.Where(d => d.Chinese is not null && d.English is not null).ToList();

        Assert.That(wrong, Has.Count.EqualTo(count));
        Assert.That(wrong.Select(d => d.English!.Quantity.Value / d.Chinese!.Quantity.Value), Is.All.EqualTo(10m));
        Assert.That(report.Discrepancies.Where(d => d.Kind is DiscrepancyKind.Omission or DiscrepancyKind.Addition), Is.Empty);
    }

    [Test]
    public void A_finding_in_a_long_sentence_shows_the_sentence_cut_around_the_figure()
    {
        var filler = string.Concat(Enumerable.Repeat("the committee heard the parties and reviewed the files of the year ", 60));
        var english = filler + "and found 13 cases of infringement " + filler + "in the end.";
        var report = Reconcile("委员会审理后认定侵权案件12件。", english);
        var finding = report.Discrepancies.Single(d => d.English is { Quantity.Value: 13m });

        // The HTML report shows the editions side by side, whole, once; the others write a sentence per finding.
        foreach (var writer in ReportWriters.All.Where(w => w is not HtmlReportWriter))
        {
            using var output = new StringWriter();
            writer.Write(report, output);
            var text = output.ToString();
            Assert.That(text, Does.Contain("and found").And.Contain("13"), writer.GetType().Name);
            Assert.That(text.Length, Is.LessThan(english.Length), writer.GetType().Name + ": the sentence is not written whole");
        }

        var (excerpt, start) = FigureLocation.Context(finding.English!);
        Assert.That(excerpt, Does.StartWith("…").And.EndWith("…"));
        Assert.That(excerpt.Length, Is.LessThanOrEqualTo(FigureLocation.MaxContext + 2));
        Assert.That(excerpt.Substring(start, finding.English!.Quantity.Text.Length), Is.EqualTo(finding.English.Quantity.Text));
    }
}
