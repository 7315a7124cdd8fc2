using System.Net;
using System.Text.RegularExpressions;
using Extract.Reconciliation;
using Extract.Reporting;
using Markdig;

namespace Extract.Tests.Reporting;

[TestFixture]
public partial class MarkdownReportWriterTests
{
    private static readonly MarkdownPipeline CommonMarkWithTables = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static IEnumerable<TestCaseData> Bold() => CaseFile.Read("reporting", "markdown-bold.txt");

    [TestCaseSource(nameof(Bold))]
    public void AFigureIsBoldInItsSentenceWhateverSurroundsIt(string marked, string expectedHtml)
    {
        var start = marked.IndexOf("[[", StringComparison.Ordinal);
        var end = marked.IndexOf("]]", StringComparison.Ordinal);
        var sentence = marked.Remove(end, 2).Remove(start, 2);

        var markdown = MarkdownText.WithBold(sentence, start, end - start - 2);

        Assert.That(Markdown.ToHtml(markdown, CommonMarkWithTables).Trim(), Is.EqualTo(expectedHtml));
    }

    [TestCaseSource(typeof(ExpectedFinding), nameof(ExpectedFinding.All))]
    public void EveryRealFindingHasASectionWithBothFiguresInBold(ExpectedFinding expected)
    {
        var html = Markdown.ToHtml(ReportWriters.For(ReportFormat.Markdown).WriteToString(Reports.WhitePaper2019), CommonMarkWithTables);

        var sections = Sections(html).Where(s => s.Heading.EndsWith($" {Title(expected.Kind)}, {expected.Severity}", StringComparison.Ordinal)).ToList();
        var matching = sections.Where(s =>
            (expected.ChineseText is null || s.Body.Contains($"<strong>{expected.ChineseText}</strong>", StringComparison.Ordinal))
            && (expected.EnglishText is null || s.Body.Contains($"<strong>{expected.EnglishText}</strong>", StringComparison.Ordinal)));

        Assert.That(matching.Count(), Is.EqualTo(1), $"one section \"{Title(expected.Kind)}, {expected.Severity}\" with the figures in bold");
    }

    [Test]
    public void TheSummaryTableCountsTheKindsOfTheDiscrepanciesWritten()
    {
        var report = Reports.WhitePaper2019;
        var html = Markdown.ToHtml(ReportWriters.For(ReportFormat.Markdown).WriteToString(report), CommonMarkWithTables);

        var rows = TableRow().Matches(html).Select(m => CellText().Matches(m.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToList()).ToList();
        var kindRows = rows.Where(r => r.Count == 5 && Enum.TryParse<DiscrepancyKind>(r[0], ignoreCase: true, out _)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Some.EqualTo(new[] { "Figures compared", report.ChineseFigures.Length.ToString(), report.EnglishFigures.Length.ToString() }));
            Assert.That(kindRows, Is.Not.Empty);
            foreach (var row in kindRows)
            {
                var kind = Enum.Parse<DiscrepancyKind>(row[0], ignoreCase: true);
                Assert.That(int.Parse(row[4]), Is.EqualTo(report.Discrepancies.Count(d => d.Kind == kind)), row[0]);
            }
        });
    }

    [Test]
    public void TextFromTheDocumentsReadsAsWrittenAndNothingInItBecomesMarkup()
    {
        var html = Markdown.ToHtml(ReportWriters.For(ReportFormat.Markdown).WriteToString(Reports.Hazardous()), CommonMarkWithTables);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, string.Empty));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<a href").And.Not.Contain("<em>stars</em>").And.Not.Contain("<code>").And.Not.Contain("<filings>"));
            Assert.That(text, Does.Contain(Reports.ChineseSentence));
            Assert.That(text, Does.Contain(Reports.EnglishSentence));
            Assert.That(text, Does.Contain(Reports.Message.Replace('\n', ' ')));
            Assert.That(text, Does.Contain("zh <a&b> \"1\".txt"));
            Assert.That(html, Does.Contain("<strong>17.36万件</strong>").And.Contain("<strong>17,360</strong>"));
        });
    }

    [Test]
    public void AMinimumSeverityLeavesOutTheSectionsOfLessSevereDiscrepancies()
    {
        var markdown = ReportWriters.For(ReportFormat.Markdown).WriteToString(Reports.WhitePaper2019, new ReportOptions { MinimumSeverity = Severity.Medium });

        var headings = markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();

        Assert.That(headings, Has.Count.EqualTo(Reports.WhitePaper2019.AtLeast(Severity.Medium).Count()).And.None.EndsWith(", low"));
    }

    private static string Title(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];

    private static IEnumerable<(string Heading, string Body)> Sections(string html)
    {
        var parts = html.Split("<h2>");
        foreach (var part in parts.Skip(1))
        {
            var end = part.IndexOf("</h2>", StringComparison.Ordinal);
            yield return (part[..end], part[end..]);
        }
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellText();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
