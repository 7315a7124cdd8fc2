using System.Text;
using Extract.Reporting;

namespace Extract.Tests.Reporting;

[TestFixture]
public class ReportWritersTests
{
    [TestCase("text", ReportFormat.Text)]
    [TestCase("txt", ReportFormat.Text)]
    [TestCase("json", ReportFormat.Json)]
    [TestCase("JSON", ReportFormat.Json)]
    [TestCase("md", ReportFormat.Markdown)]
    [TestCase("markdown", ReportFormat.Markdown)]
    [TestCase("csv", ReportFormat.Csv)]
    [TestCase(" html ", ReportFormat.Html)]
    [TestCase("htm", ReportFormat.Html)]
    public void AFormatIsFoundByItsNameOrAlias(string name, ReportFormat expected)
    {
        Assert.That(ReportWriters.TryParse(name, out var format), Is.True);
        Assert.That(format, Is.EqualTo(expected));
        Assert.That(ReportWriters.For(name).Format, Is.EqualTo(expected));
    }

    [TestCase("pdf")]
    [TestCase("")]
    [TestCase(null)]
    public void AnUnknownNameIsNoFormat(string? name)
    {
        Assert.That(ReportWriters.TryParse(name, out _), Is.False);
    }

    [Test]
    public void AskingForAnUnknownFormatNamesTheFormatsThereAre()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportWriters.For("pdf"));

        Assert.That(error!.Message, Does.Contain("\"pdf\"").And.Contain("html").And.Contain("csv"));
    }

    [Test]
    public void EachFormatHasOneWriterWhoseNameAndExtensionLeadBackToIt()
    {
        Assert.Multiple(() =>
        {
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                var writer = ReportWriters.For(format);
                Assert.That(writer.Format, Is.EqualTo(format));
                Assert.That(ReportWriters.For(writer.FormatName), Is.SameAs(writer));
                Assert.That(ReportWriters.TryFromFileName("report" + writer.FileExtension, out var fromFile) ? fromFile : (ReportFormat?)null, Is.EqualTo(format));
            }
        });
    }

    [Test]
    public async Task WritingAFileAsynchronouslyGivesWhatWritingAStringGives()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extract-report-{Guid.NewGuid():N}.html");
        var writer = ReportWriters.For(ReportFormat.Html);
        try
        {
            await writer.WriteFileAsync(Reports.WhitePaper2019, path);

            var bytes = await File.ReadAllBytesAsync(path);
            Assert.That(bytes[0], Is.Not.EqualTo(0xEF), "no byte order mark outside CSV");
            Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(writer.WriteToString(Reports.WhitePaper2019)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void TheTextReportGivesEachDiscrepancyWithBothSentencesAndTheCounts()
    {
        var report = Reports.WhitePaper2019;
        var lines = ReportWriters.For(ReportFormat.Text).WriteToString(report).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo((3 * report.Discrepancies.Length) + 1));
            Assert.That(lines[0], Does.StartWith("[high] digits: ").And.Contain("147.26万件").And.Contain("1.4736 million"));
            Assert.That(lines[^1], Does.StartWith($"Figures: {report.ChineseFigures.Length} Chinese, {report.EnglishFigures.Length} English; matched {report.Matches.Length};"));
        });
    }
}
