using System.Text.Json;
using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Pdf;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Splitting;

namespace Extract.Tests.Reporting;

/// <summary>Every finding shows where its figures are: the page, for PDF input, and the section heading, in every
/// format; the pages of a PDF that could not be read are named.</summary>
[TestFixture]
public class FigurePlaceTests
{
    private static readonly Lazy<ConsistencyReport> PdfPair = new(() =>
    {
        var reader = new DocumentReader(ReaderOptions.Default with { Formats = [new PdfReader()] });
        var zh = reader.Read(TestData.RequireShared("corpus/pdf/wp2019-zh.pdf"));
        var en = reader.Read(TestData.RequireShared("corpus/pdf/wp2019-en.pdf"));
        return new Reconciler().Reconcile(Editions.Pair(zh, en));
    });

    [Test]
    public void A_pdf_finding_shows_the_page_and_section_of_each_figure()
    {
        var report = PdfPair.Value;
        Assert.That(report.Discrepancies, Is.Not.Empty);
        foreach (var d in report.Discrepancies)
        {
            foreach (var (figure, document) in new[] { (d.Chinese, report.Alignment.Editions.Chinese), (d.English, report.Alignment.Editions.English) })
            {
                if (figure is null)
                {
                    continue;
                }

                var block = document.Blocks[figure.Sentence.BlockIndex];
                var section = document.Blocks.Take(figure.Sentence.BlockIndex + 1).OfType<Heading>().LastOrDefault(h => h.Level == 1);
                var expected = section is null ? $"p. {block.Location.Page}" : $"p. {block.Location.Page}, {section.Text}";
                Assert.That(FigurePlace.Of(document, figure), Is.EqualTo(expected));
            }
        }
    }

    [Test]
    public void Every_format_shows_the_places()
    {
        var report = PdfPair.Value;
        var first = report.Discrepancies.First(d => d.Chinese is not null && d.English is not null);
        var zh = FigurePlace.Chinese(report, first.Chinese)!;
        var en = FigurePlace.English(report, first.English)!;
        Assert.Multiple(() =>
        {
            foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Csv, ReportFormat.Html })
            {
                var written = ReportWriters.For(format).WriteToString(report, new ReportOptions { MinimumSeverity = Severity.Low });
                Assert.That(written, Does.Contain(zh).And.Contain(en), format.ToString());
            }

            using var json = JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(report, new ReportOptions { MinimumSeverity = Severity.Low }));
            var places = json.RootElement.GetProperty("discrepancies").EnumerateArray()
                .SelectMany(d => new[] { d.GetProperty("zh"), d.GetProperty("en") })
                .Where(f => f.ValueKind == JsonValueKind.Object)
                .Select(f => f.GetProperty("place").GetString())
                .ToList();
            Assert.That(places, Has.All.StartWith("p. "), "json");
        });
    }

    [Test]
    public void A_text_finding_shows_the_section_without_a_page()
    {
        var report = Reports.WhitePaper2019;
        var d = report.Discrepancies.First(x => x.Chinese is not null);
        var place = FigurePlace.Chinese(report, d.Chinese);
        Assert.That(place, Is.Not.Null.And.Not.StartWith("p. "));
        Assert.That(report.Alignment.Editions.Chinese.Headings.Select(h => h.Text), Does.Contain(place));
    }

    [Test]
    public void Pages_not_read_are_named_in_every_format_but_csv()
    {
        var pair = PdfPair.Value;
        var damaged = pair.Alignment.Editions.Chinese with { UnreadPages = [new UnreadPage(4, "broken structure (a planted cause)")] };
        var report = new Reconciler().Reconcile(Editions.Pair(damaged, pair.Alignment.Editions.English));
        Assert.Multiple(() =>
        {
            foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html })
            {
                Assert.That(ReportWriters.For(format).WriteToString(report), Does.Contain("p. 4 not read: broken structure (a planted cause)"), format.ToString());
            }

            using var json = JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(report));
            var unread = json.RootElement.GetProperty("zh").GetProperty("unreadPages")[0];
            Assert.That(unread.GetProperty("page").GetInt32(), Is.EqualTo(4));
            Assert.That(json.RootElement.GetProperty("en").GetProperty("unreadPages").GetArrayLength(), Is.Zero);
        });
    }
}
