using System.Text.Json;
using Extract.Reading.Segments;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Splitting;

namespace Extract.Tests.Reporting;

/// <summary>Every report format names the segment of each finding in segment mode, and the JSON keeps its schema.</summary>
public sealed class SegmentReportTests
{
    private static readonly string SchemaPath = Path.Combine(TestData.RepositoryRoot, "src", "Extract", "Reporting", "report.schema.json");

    private static ConsistencyReport Planted() =>
        new Reconciler().Reconcile(SegmentEditions.From(new SegmentFileReader().Read(TestData.Fixture("segments", "planted.xlf"))));

    [Test]
    public void TheJsonNamesEachFindingsSegmentAndValidatesAgainstTheSchema()
    {
        var report = Planted();
        using var json = JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(report));
        var schema = new JsonSchemaSubset(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);
        var segments = json.RootElement.GetProperty("discrepancies").EnumerateArray().Select(d => d.GetProperty("segment").GetProperty("id").GetString());
        Assert.Multiple(() =>
        {
            Assert.That(schema.Validate(json.RootElement), Is.Empty);
            Assert.That(segments, Is.EqualTo(report.Discrepancies.Select(d => d.Segment!.Id)));
            Assert.That(json.RootElement.GetProperty("segments").GetProperty("format").GetString(), Is.EqualTo("xliff2"));
            Assert.That(json.RootElement.GetProperty("segments").GetProperty("count").GetInt32(), Is.EqualTo(12));
        });
    }

    [Test]
    public void AReportOfWholeEditionsHasNoSegments()
    {
        using var json = JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(Reports.WhitePaper2019));
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("segments").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(json.RootElement.GetProperty("discrepancies").EnumerateArray().Select(d => d.GetProperty("segment").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void TheCsvHasASegmentColumnAndTheOtherFormatsShowTheSegment()
    {
        var report = Planted();
        var options = new ReportOptions { MinimumSeverity = Severity.Low };
        var csv = ReportWriters.For(ReportFormat.Csv).WriteToString(report, options).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var markdown = ReportWriters.For(ReportFormat.Markdown).WriteToString(report, options);
        var text = ReportWriters.For(ReportFormat.Text).WriteToString(report, options);
        var html = ReportWriters.For(ReportFormat.Html).WriteToString(report, options);
        Assert.Multiple(() =>
        {
            Assert.That(csv[0], Does.Contain(",en_start,segment,"));
            Assert.That(csv.Skip(1).Select(l => l.Split(',')[^3]), Is.EqualTo(report.Discrepancies.Select(d => d.Segment!.Id)));
            foreach (var d in report.Discrepancies)
            {
                Assert.That(markdown, Does.Contain($"(segment {d.Segment!.Id}, line {d.Segment.Line})"));
                Assert.That(text, Does.Contain($"(segment {d.Segment.Id}, line {d.Segment.Line}):"));
                Assert.That(html, Does.Contain($"<td class=\"segment\">{d.Segment.Id}</td>"));
            }
        });
    }
}
