using System.Text.Json;
using Extract.Reconciliation;
using Extract.Reporting;

namespace Extract.Tests.Reporting;

[TestFixture]
public class JsonReportWriterTests
{
    private static readonly string SchemaPath = Path.Combine(TestData.RepositoryRoot, "src", "Extract", "Reporting", "report.schema.json");

    private static JsonDocument WhitePaperJson() => JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(Reports.WhitePaper2019));

    private static JsonSchemaSubset Schema() => new(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);

    [Test]
    public void TheWhitePaperReportValidatesAgainstTheSchema()
    {
        using var json = WhitePaperJson();

        Assert.That(Schema().Validate(json.RootElement), Is.Empty);
    }

    [Test]
    public void AReportMadeInCodeWithHazardousCharactersValidatesAgainstTheSchema()
    {
        using var json = JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(Reports.Hazardous()));

        Assert.That(Schema().Validate(json.RootElement), Is.Empty);
    }

    [TestCase("severity", "\"urgent\"", "is not one of")]
    [TestCase("kind", "\"typo\"", "is not one of")]
    [TestCase("message", "42", "expected")]
    [TestCase("zh", "\"147.26万件\"", "expected")]
    [TestCase("extra", "1", "does not allow")]
    public void TheSchemaRejectsADiscrepancyThatBreaksTheContract(string property, string value, string problem)
    {
        using var json = WhitePaperJson();
        var discrepancy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json.RootElement.GetProperty("discrepancies")[0].GetRawText())!;
        discrepancy[property] = JsonDocument.Parse(value).RootElement;
        var broken = $"{{\"zh\":{json.RootElement.GetProperty("zh").GetRawText()},\"en\":{json.RootElement.GetProperty("en").GetRawText()},"
                     + $"\"summary\":{json.RootElement.GetProperty("summary").GetRawText()},\"discrepancies\":[{JsonSerializer.Serialize(discrepancy)}]}}";

        var errors = Schema().Validate(JsonDocument.Parse(broken).RootElement);

        Assert.That(errors, Has.Some.Contains(problem));
    }

    [Test]
    public void TheSchemaRejectsAFigureWithoutItsValue()
    {
        using var json = WhitePaperJson();
        var text = json.RootElement.GetRawText();
        var broken = text.Replace("\"value\": 1472600,", string.Empty, StringComparison.Ordinal);
        Assume.That(broken, Is.Not.EqualTo(text));

        Assert.That(Schema().Validate(JsonDocument.Parse(broken).RootElement), Has.Some.Contains("lacks the required property \"value\""));
    }

    [TestCaseSource(typeof(ExpectedFinding), nameof(ExpectedFinding.All))]
    public void EveryRealFindingAppearsWithItsKindSeverityTextsAndExactValues(ExpectedFinding expected)
    {
        using var json = WhitePaperJson();

        var found = json.RootElement.GetProperty("discrepancies").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == expected.Kind && TextOf(d.GetProperty("zh")) == expected.ChineseText && TextOf(d.GetProperty("en")) == expected.EnglishText)
            .ToList();

        Assert.That(found, Has.Count.EqualTo(1), "the discrepancy");
        var d = found[0];
        Assert.Multiple(() =>
        {
            Assert.That(d.GetProperty("severity").GetString(), Is.EqualTo(expected.Severity));
            Assert.That(ValueOf(d.GetProperty("zh")), Is.EqualTo(expected.ChineseValue), "the Chinese value, as an exact JSON number");
            Assert.That(ValueOf(d.GetProperty("en")), Is.EqualTo(expected.EnglishValue), "the English value, as an exact JSON number");
            Assert.That(d.GetProperty("message").GetString(), Does.Contain(expected.ChineseText ?? expected.EnglishText));
        });
    }

    [Test]
    public void FullPathsNameTheEditionsByWhereTheyLie()
    {
        using var json = JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(Reports.WhitePaper2019, new ReportOptions { FullPaths = true }));

        Assert.That(json.RootElement.GetProperty("zh").GetProperty("path").GetString(), Is.EqualTo(TestData.Sample("whitepaper-2019.zh-en.txt")));
    }

    [Test]
    public void EditionsGiveTheirPathAndTheNumberOfTheirFigures()
    {
        var report = Reports.WhitePaper2019;
        using var json = WhitePaperJson();
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("zh").GetProperty("path").GetString(), Is.EqualTo("whitepaper-2019.zh-en.txt"), "the file's name, not where it lies on this machine");
            Assert.That(root.GetProperty("zh").GetProperty("facts").GetInt32(), Is.EqualTo(report.ChineseFigures.Length).And.GreaterThan(100));
            Assert.That(root.GetProperty("en").GetProperty("facts").GetInt32(), Is.EqualTo(report.EnglishFigures.Length).And.GreaterThan(100));
        });
    }

    [Test]
    public void TheSummaryCountsTheDiscrepanciesListedByKindAndSeverity()
    {
        using var json = WhitePaperJson();
        var root = json.RootElement;
        var listed = root.GetProperty("discrepancies").EnumerateArray().ToList();
        var summary = root.GetProperty("summary");

        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("total").GetInt32(), Is.EqualTo(listed.Count));
            Assert.That(summary.GetProperty("matched").GetInt32(), Is.EqualTo(Reports.WhitePaper2019.Matches.Length));
            foreach (var kind in summary.GetProperty("kinds").EnumerateObject())
            {
                Assert.That(kind.Value.GetInt32(), Is.EqualTo(listed.Count(d => d.GetProperty("kind").GetString() == kind.Name)), kind.Name);
            }

            foreach (var severity in summary.GetProperty("severities").EnumerateObject())
            {
                Assert.That(severity.Value.GetInt32(), Is.EqualTo(listed.Count(d => d.GetProperty("severity").GetString() == severity.Name)), severity.Name);
            }
        });
    }

    [Test]
    public void AMinimumSeverityLeavesOutLessSevereDiscrepanciesAndTheirCounts()
    {
        var text = ReportWriters.For(ReportFormat.Json).WriteToString(Reports.WhitePaper2019, new ReportOptions { MinimumSeverity = Severity.Medium });
        using var json = JsonDocument.Parse(text);

        var severities = json.RootElement.GetProperty("discrepancies").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(severities, Is.Not.Empty.And.All.AnyOf("high", "medium"));
            Assert.That(json.RootElement.GetProperty("summary").GetProperty("severities").GetProperty("low").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public void StringsFromTheDocumentsComeBackExactlyAsWritten()
    {
        using var json = JsonDocument.Parse(ReportWriters.For(ReportFormat.Json).WriteToString(Reports.Hazardous()));
        var first = json.RootElement.GetProperty("discrepancies")[0];

        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("message").GetString(), Is.EqualTo(Reports.Message));
            Assert.That(first.GetProperty("zh").GetProperty("sentence").GetString(), Is.EqualTo(Reports.ChineseSentence));
            Assert.That(first.GetProperty("en").GetProperty("sentence").GetString(), Is.EqualTo(Reports.EnglishSentence));
            Assert.That(first.GetProperty("zh").GetProperty("value").GetRawText(), Is.EqualTo("173600"));
            Assert.That(first.GetProperty("zh").GetProperty("indicator").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(json.RootElement.GetProperty("discrepancies")[1].GetProperty("en").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void TheFigureStartPointsAtItsTextInTheEdition()
    {
        var report = Reports.WhitePaper2019;
        using var json = WhitePaperJson();

        foreach (var d in json.RootElement.GetProperty("discrepancies").EnumerateArray())
        {
            foreach (var (side, document) in new[] { ("zh", report.Alignment.Editions.Chinese), ("en", report.Alignment.Editions.English) })
            {
                if (d.GetProperty(side) is { ValueKind: JsonValueKind.Object } figure)
                {
                    var text = figure.GetProperty("text").GetString()!;
                    Assert.That(document.Text.Substring(figure.GetProperty("start").GetInt32(), text.Length), Is.EqualTo(text));
                }
            }
        }
    }

    private static string? TextOf(JsonElement figure) => figure.ValueKind == JsonValueKind.Null ? null : figure.GetProperty("text").GetString();

    private static string? ValueOf(JsonElement figure) => figure.ValueKind == JsonValueKind.Null ? null : figure.GetProperty("value").GetRawText();
}
