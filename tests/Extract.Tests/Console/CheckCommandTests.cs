using System.Text.Json;

namespace Extract.Tests.Console;

/// <summary>The console's facts --store and check commands run as a user runs them: exit codes 0, 1 and 2, and the
/// JSON report's checks array.</summary>
public sealed class CheckCommandTests
{
    private string _directory = string.Empty;


    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"extract-check-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void TheWhitePaperCheckedAgainstAStoreOfThePressTextsFindsThePledgeAmount()
    {
        var db = Path.Combine(_directory, "extract.db");
        var (stored, _) = SampleConsole.Run(["facts", TestData.Sample("press-2024-04-25-shanghai-ip-week.en.txt"), TestData.Sample("news-2024-04-25-patent-measures.en.txt"), "--store", db, "--format", "csv"]);
        var (again, _) = SampleConsole.Run(["facts", TestData.Sample("news-2024-04-25-patent-measures.en.txt"), "--store", db, "--format", "csv"]);
        var (code, output) = SampleConsole.Run(["check", TestData.Sample("whitepaper-2024.en.txt"), "--store", db, "--format", "json"]);
        using var report = JsonDocument.Parse(output);
        var checks = report.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That((stored, again), Is.EqualTo((0, 0)));
            Assert.That(code, Is.EqualTo(1));
            Assert.That(checks.Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("figures")[0].GetProperty("indicator").GetString())),
                Is.EqualTo(new[] { ("growth", "pledge.amount") }));
            Assert.That(checks[0].GetProperty("message").GetString(), Does.Contain("stated +62.3%").And.Contain("gives +38.37% to +42.83%"));
        });
    }

    [Test]
    public void CleanDocumentsExitZeroAndAMissingFileExitsTwo()
    {
        var (clean, text) = SampleConsole.Run(["check", TestData.Fixture("Checks", "planted-2023.en.txt"), TestData.Fixture("Checks", "planted-2023.zh.txt")]);
        var (missing, error) = SampleConsole.Run(["check", Path.Combine(_directory, "absent.txt")]);
        var (noStore, storeError) = SampleConsole.Run(["check", TestData.Fixture("Checks", "planted-2023.en.txt"), "--store", Path.Combine(_directory, "absent.db")]);
        Assert.Multiple(() =>
        {
            Assert.That(clean, Is.EqualTo(0));
            Assert.That(text, Does.Contain("0 inconsistent"));
            Assert.That(missing, Is.EqualTo(2), error);
            Assert.That(noStore, Is.EqualTo(2));
            Assert.That(storeError, Does.Contain("no such fact store"));
        });
    }

    [TestCase("md", "| high | growth |")]
    [TestCase("csv", "growth,high,")]
    [TestCase("html", "<td>growth</td>")]
    [TestCase("text", "[high] growth: trademark.applications: stated +8%")]
    public void EveryFormatWritesTheFindings(string format, string expected)
    {
        var (code, output) = SampleConsole.Run(["check", TestData.Fixture("Checks", "planted-2023.en.txt"), TestData.Fixture("Checks", "planted-2024.en.txt"), "--format", format]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(output, Does.Contain(expected));
        });
    }
}
