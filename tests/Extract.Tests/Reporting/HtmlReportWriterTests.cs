using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extract.Reconciliation;
using Extract.Reporting;

namespace Extract.Tests.Reporting;

[TestFixture]
public class HtmlReportWriterTests
{
    private static IDocument Parse(ConsistencyReport report) =>
        new HtmlParser().ParseDocument(ReportWriters.For(ReportFormat.Html).WriteToString(report));

    [Test]
    public void ThePageNeedsNoExternalAsset()
    {
        var page = Parse(Reports.WhitePaper2019);

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll("link, img, iframe, object, embed, script[src]"), Is.Empty);
            Assert.That(page.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")), Has.All.StartsWith("#"));
            Assert.That(page.QuerySelectorAll("style"), Has.Length.EqualTo(1));
            Assert.That(page.QuerySelectorAll("script"), Has.Length.EqualTo(1));
            Assert.That(page.QuerySelector("style")!.TextContent, Does.Not.Contain("url(").And.Not.Contain("@import"));
        });
    }

    // Chinese renders with a Chinese font on common systems, in the Chinese cells and inside English messages alike,
    // and never smaller than the English beside it.
    [TestCase("body")]
    [TestCase("td[lang=\"zh-Hans\"]")]
    public void ChineseTextNamesTheCommonChineseFonts(string selector)
    {
        var style = Parse(Reports.WhitePaper2019).QuerySelector("style")!.TextContent;
        var rule = style.Split('\n').Single(line => line.TrimStart().StartsWith(selector + " {", StringComparison.Ordinal));

        Assert.That(rule, Does.Contain("\"Noto Sans CJK SC\"").And.Contain("\"Source Han Sans SC\"").And.Contain("\"PingFang SC\"")
            .And.Contain("\"Microsoft YaHei\"").And.Contain("\"SimSun\""));
        Assert.That(rule, Does.Not.Match(@"font-size:\s*0?\.\d"), "no smaller than the English");
        Assert.That(Parse(Reports.WhitePaper2019).QuerySelectorAll("td[lang=\"zh-Hans\"]"), Is.Not.Empty);
    }

    [Test]
    public void EveryLinkLeadsToAnElementOfThePageAndIdsAreUnique()
    {
        var page = Parse(Reports.WhitePaper2019);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")![1..]), Has.All.AnyOf(ids.Cast<object>().ToArray()));
        });
    }

    [Test]
    public void EveryDiscrepancyIsARowLinkingToItsFiguresInTheSideBySideView()
    {
        var report = Reports.WhitePaper2019;
        var page = Parse(report);
        var rows = page.QuerySelectorAll("#discrepancy-list tbody tr");

        Assert.That(rows, Has.Length.EqualTo(report.Discrepancies.Length));
        for (var i = 0; i < rows.Length; i++)
        {
            var d = report.Discrepancies[i];
            var links = rows[i].QuerySelectorAll("a.figure-link").Select(a => page.GetElementById(a.GetAttribute("href")![1..])!).ToList();
            var expected = new[] { d.Chinese, d.English }.Where(f => f is not null).Select(f => f!.Quantity.Text);

            Assert.That(links.Select(e => e.TextContent), Is.EqualTo(expected), $"row {i + 1}");
            Assert.That(links, Has.All.Matches<IElement>(e => e.ClassList.Contains("flagged") && e.Closest("#editions") is not null), $"row {i + 1}");
        }
    }

    [TestCaseSource(typeof(ExpectedFinding), nameof(ExpectedFinding.All))]
    public void EveryRealFindingIsListedWithItsKindAndSeverityAndShownOnlyIfMediumOrHigh(ExpectedFinding expected)
    {
        var page = Parse(Reports.WhitePaper2019);

        var rows = page.QuerySelectorAll("#discrepancy-list tbody tr")
            .Where(r => r.GetAttribute("data-kind") == expected.Kind && r.Children[3].TextContent == (expected.ChineseText ?? "—") && r.Children[4].TextContent == (expected.EnglishText ?? "—"))
            .ToList();

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0].GetAttribute("data-severity"), Is.EqualTo(expected.Severity));
        Assert.That(rows[0].HasAttribute("hidden"), Is.EqualTo(expected.Severity == "low"), "low severity is hidden until asked for");
    }

    [Test]
    public void TheSummaryGivesTheFiguresOfEachEditionTheMatchesAndTheFlaggedByKind()
    {
        var report = Reports.WhitePaper2019;
        var page = Parse(report);

        Assert.Multiple(() =>
        {
            Assert.That(page.GetElementById("zh-figures")!.TextContent, Is.EqualTo(report.ChineseFigures.Length.ToString()));
            Assert.That(page.GetElementById("en-figures")!.TextContent, Is.EqualTo(report.EnglishFigures.Length.ToString()));
            Assert.That(page.GetElementById("matched")!.TextContent, Does.StartWith(report.Matches.Length + " "));
            var kinds = page.QuerySelectorAll("#summary table.kinds tbody tr").ToDictionary(r => r.GetAttribute("data-kind")!, r => int.Parse(r.Children[^1].TextContent));
            Assert.That(kinds, Is.EquivalentTo(report.Discrepancies.GroupBy(d => d.Kind).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count())));
        });
    }

    [Test]
    public void TheSideBySideViewShowsChineseLeftAndEnglishRightWithEveryFigureMarked()
    {
        var report = Reports.WhitePaper2019;
        var page = Parse(report);
        var rows = page.QuerySelectorAll("table.parallel tbody tr");
        var zhMarks = page.QuerySelectorAll("table.parallel td:first-child .fig");
        var enMarks = page.QuerySelectorAll("table.parallel td:last-child .fig");

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Children.Length), Has.All.EqualTo(2));
            Assert.That(zhMarks.Select(m => m.Id), Has.All.StartsWith("zh-"));
            Assert.That(enMarks.Select(m => m.Id), Has.All.StartsWith("en-"));
            Assert.That(zhMarks, Has.Length.EqualTo(report.ChineseFigures.Length));
            Assert.That(enMarks, Has.Length.EqualTo(report.EnglishFigures.Length));
            // A figure both matched and flagged (a lost qualifier) is marked as flagged.
            Assert.That(zhMarks.Count(m => m.ClassList.Contains("matched")), Is.EqualTo(report.Matches.Count(m => !report.Discrepancies.Any(d => d.Chinese == m.Chinese))));
            Assert.That(page.GetElementById("zh-" + report.Discrepancies[0].Chinese!.Quantity.Span.Start)!.TextContent, Is.EqualTo(report.Discrepancies[0].Chinese!.Quantity.Text));
        });
    }

    [Test]
    public void TheFiltersOfferEverySeverityWithLowUncheckedAndEveryKindFound()
    {
        var report = Reports.WhitePaper2019;
        var page = Parse(report);

        var severities = page.QuerySelectorAll("#filters input[name=severity]").ToDictionary(i => i.GetAttribute("value")!, i => i.HasAttribute("checked"));
        var kinds = page.QuerySelectorAll("#filters input[name=kind]").Select(i => i.GetAttribute("value")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(severities, Is.EquivalentTo(new Dictionary<string, bool> { ["high"] = true, ["medium"] = true, ["low"] = false }));
            Assert.That(kinds, Is.EquivalentTo(report.Discrepancies.Select(d => d.Kind.ToString().ToLowerInvariant()).Distinct()));
        });
    }

    [Test]
    public void TextFromTheDocumentsIsEscapedEverywhere()
    {
        var html = ReportWriters.For(ReportFormat.Html).WriteToString(Reports.Hazardous());
        var page = new HtmlParser().ParseDocument(html);

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll("script"), Has.Length.EqualTo(1), "only the page's own script");
            Assert.That(page.QuerySelectorAll("filings, b, a[href^=http]"), Is.Empty);
            Assert.That(html, Does.Not.Contain("<filings>").And.Not.Contain("<a&b>"));
            Assert.That(page.QuerySelector("#d-1 td.message")!.TextContent, Is.EqualTo(Reports.Message));
            Assert.That(page.QuerySelector("table.parallel tr.passage td:first-child")!.TextContent, Is.EqualTo(Reports.ChineseSentence));
            Assert.That(page.QuerySelector("table.parallel tr.passage td:last-child")!.TextContent, Is.EqualTo(Reports.EnglishSentence));
            Assert.That(page.QuerySelector("header .paths code")!.TextContent, Is.EqualTo("zh <a&b> \"1\".txt"));
            Assert.That(page.QuerySelector("a.fig.flagged.high")!.GetAttribute("title"), Does.EndWith(Reports.Message));
        });
    }
}
