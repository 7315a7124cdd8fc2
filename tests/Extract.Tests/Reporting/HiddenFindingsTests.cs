using Extract.Reconciliation;
using Extract.Reporting;

namespace Extract.Tests.Reporting;

/// <summary>Findings a report leaves out are said to be left out, never counted as none; the HTML list numbers the
/// rows on view.</summary>
public sealed class HiddenFindingsTests
{
    [Test]
    public void TheTextSummarySaysLowFindingsAreHiddenWithTheirCount()
    {
        var report = Reports.WhitePaper2019;
        var low = report.Discrepancies.Count(d => d.Severity == Severity.Low);
        var text = ReportWriters.For(ReportFormat.Text).WriteToString(report, new ReportOptions { MinimumSeverity = Severity.Medium });
        var all = ReportWriters.For(ReportFormat.Text).WriteToString(report, new ReportOptions { MinimumSeverity = Severity.Low });
        Assert.Multiple(() =>
        {
            Assert.That(low, Is.GreaterThan(0));
            Assert.That(text, Does.Contain($", {low} low (hidden))."));
            Assert.That(all, Does.Contain($", {low} low).").And.Not.Contain("hidden"));
        });
    }

    [Test]
    public void TheMarkdownSaysHowManyFindingsAreNotListed()
    {
        var report = Reports.WhitePaper2019;
        var markdown = ReportWriters.For(ReportFormat.Markdown).WriteToString(report, new ReportOptions { MinimumSeverity = Severity.Medium });
        Assert.That(markdown, Does.Contain($"Not listed: {report.Discrepancies.Count(d => d.Severity == Severity.Low)} findings below medium severity."));
    }

    [Test]
    public void TheHtmlNumbersTheRowsOnViewByAStyleCounter()
    {
        var html = ReportWriters.For(ReportFormat.Html).WriteToString(Reports.WhitePaper2019);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("tr.discrepancy:not([hidden]) { counter-increment: shown; }"));
            Assert.That(html, Does.Contain("<td class=\"number\" data-number=\"1\"></td>"));
        });
    }
}
