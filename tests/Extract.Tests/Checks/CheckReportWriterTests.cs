using System.Text.Json;
using Extract.Checks;
using Extract.Tests.Reporting;

namespace Extract.Tests.Checks;

/// <summary>The check report: the JSON follows its schema, one object per finding in <c>checks</c>; every format
/// names each finding.</summary>
public sealed class CheckReportWriterTests
{
    private static readonly string SchemaPath = Path.Combine(TestData.RepositoryRoot, "src", "Extract", "Checks", "check-report.schema.json");

    private static IReadOnlyList<FactCheck> PlantedChecks()
    {
        string[] names = ["planted-2023.en.txt", "planted-2023.zh.txt", "planted-2024.en.txt", "planted-2024.zh.txt", "planted-parts.en.txt", "planted-press-2024.en.txt"];
        return new FactChecker().Check(CheckFiles.Read([.. names.Select(n => TestData.Fixture("Checks", n))]));
    }

    [Test]
    public void TheJsonReportFollowsItsSchemaWithOneObjectPerFinding()
    {
        var checks = PlantedChecks();
        var output = new StringWriter();
        CheckReportWriter.Write(checks, "json", output);
        using var report = JsonDocument.Parse(output.ToString());
        var schema = new JsonSchemaSubset(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);
        var findings = checks.Where(c => !c.Consistent).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(schema.Validate(report.RootElement), Is.Empty);
            Assert.That(report.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("message").GetString()),
                Is.EqualTo(findings.Select(f => f.Message)));
            Assert.That(report.RootElement.GetProperty("summary").GetProperty("compared").GetInt32(), Is.EqualTo(checks.Count));
        });
    }

    [TestCase("text")]
    [TestCase("md")]
    [TestCase("csv")]
    [TestCase("html")]
    public void EveryFormatNamesEachFinding(string format)
    {
        var checks = PlantedChecks();
        var output = new StringWriter();
        CheckReportWriter.Write(checks, format, output);
        var text = output.ToString();
        foreach (var finding in checks.Where(c => !c.Consistent))
        {
            var message = format == "html" ? System.Net.WebUtility.HtmlEncode(finding.Message) : finding.Message;
            Assert.That(text, Does.Contain(message));
        }
    }

    [Test]
    public void AnUnknownFormatIsRefused() =>
        Assert.Throws<ArgumentException>(() => CheckReportWriter.Write([], "xml", new StringWriter()));
}
