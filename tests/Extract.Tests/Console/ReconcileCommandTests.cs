
namespace Extract.Tests.Console;

/// <summary>The console's reconcile command run as a user runs it: a batch prints one line per input (a progress bar
/// besides on a terminal), writes the index, and exits 2 when an input could not be read; --fail-on sets the
/// severity that fails; --lines checks two line-aligned files.</summary>
public sealed class ReconcileCommandTests
{
    private string _directory = string.Empty;


    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"extract-console-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(_directory, "in"));
        File.Copy(TestData.Fixture("segments", "planted.xlf"), Path.Combine(_directory, "in", "planted.xlf"));
        File.Copy(TestData.Fixture("segments", "clean.tmx"), Path.Combine(_directory, "in", "clean.tmx"));
        File.Copy(TestData.Fixture("segments", "bad", "malformed.xlf"), Path.Combine(_directory, "in", "broken.xlf"));
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void ABatchPrintsALinePerInputWritesTheIndexAndExitsTwoForTheBadFile()
    {
        var (code, output) = SampleConsole.Run(["reconcile", Path.Combine(_directory, "in"), "--out", Path.Combine(_directory, "out")]);
        var index = File.ReadAllLines(Path.Combine(_directory, "out", "index.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Does.Contain("✗ broken.xlf: error: ").And.Contain("line 10, column"));
            Assert.That(output, Does.Contain("! planted.xlf: 6 high, 4 medium, 0 low"));
            Assert.That(output, Does.Contain("✓ clean.tmx: 0 high, 0 medium, 0 low"));
            Assert.That(output, Does.Not.Contain("Reconciling"), "no progress bar when the output is redirected");
            Assert.That(index, Has.Length.EqualTo(4));
            Assert.That(File.Exists(Path.Combine(_directory, "out", "planted.xlf.report.html")));
            Assert.That(File.ReadAllText(Path.Combine(_directory, "out", "index.html")), Does.Contain("planted.xlf.report.html"));
        });
    }

    [Test]
    public void OnATerminalABatchShowsAProgressBar()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Ignore("script (util-linux), which gives the console a pseudo-terminal, is not installed.");
        }

        var command = $"dotnet '{SampleConsole.Dll}' reconcile '{Path.Combine(_directory, "in")}'";
        var (code, output) = SampleConsole.Start("/usr/bin/script", ["-qec", command, "/dev/null"]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Does.Contain("Reconciling"));
            Assert.That(output, Does.Contain("planted.xlf"));
        });
    }

    [Test]
    public void FailOnSetsTheSeverityThatFails()
    {
        var planted = TestData.Fixture("segments", "planted.xlf");
        Assert.Multiple(() =>
        {
            Assert.That(SampleConsole.Run(["reconcile", planted, "--fail-on", "high"]).Code, Is.EqualTo(1));
            Assert.That(SampleConsole.Run(["reconcile", TestData.Fixture("segments", "clean.xlf"), "--fail-on", "low"]).Code, Is.EqualTo(0));
            Assert.That(SampleConsole.Run(["reconcile", planted, "--fail-on", "urgent"]).Code, Is.EqualTo(2));
        });
    }

    [Test]
    public void LinesChecksTwoLineAlignedFilesSegmentBySegment()
    {
        var (code, output) = SampleConsole.Run(["reconcile", "--lines", TestData.Fixture("segments", "planted.zh.txt"), TestData.Fixture("segments", "planted.en.txt")]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(output, Does.Contain("[high] scale (segment 1, line 1)"));
            Assert.That(output, Does.Contain("Segments: 12 in"));
        });
    }
}
