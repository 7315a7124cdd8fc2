using System.Diagnostics;

namespace Extract.Tests.Console;

/// <summary>The console's reconcile command run as a user runs it: a batch prints one line per input (a progress bar
/// besides on a terminal), writes the index, and exits 2 when an input could not be read; --fail-on sets the
/// severity that fails; --lines checks two line-aligned files.</summary>
public sealed class ReconcileCommandTests
{
    private string _directory = string.Empty;

    private static string SampleDll
    {
        get
        {
            // The sample is built beside the tests, in the same configuration.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(TestData.RepositoryRoot, "samples", "Extract.Sample", "bin", configuration, "net10.0", "Extract.Sample.dll");
            if (!File.Exists(dll))
            {
                Assert.Ignore($"The console is not built at {dll}.");
            }

            return dll;
        }
    }

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
        var (code, output) = Run(["reconcile", Path.Combine(_directory, "in"), "--out", Path.Combine(_directory, "out")]);
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

        var command = $"dotnet '{SampleDll}' reconcile '{Path.Combine(_directory, "in")}'";
        var (code, output) = Start("/usr/bin/script", ["-qec", command, "/dev/null"]);
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
            Assert.That(Run(["reconcile", planted, "--fail-on", "high"]).Code, Is.EqualTo(1));
            Assert.That(Run(["reconcile", TestData.Fixture("segments", "clean.xlf"), "--fail-on", "low"]).Code, Is.EqualTo(0));
            Assert.That(Run(["reconcile", planted, "--fail-on", "urgent"]).Code, Is.EqualTo(2));
        });
    }

    [Test]
    public void LinesChecksTwoLineAlignedFilesSegmentBySegment()
    {
        var (code, output) = Run(["reconcile", "--lines", TestData.Fixture("segments", "planted.zh.txt"), TestData.Fixture("segments", "planted.en.txt")]);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(output, Does.Contain("[high] scale (segment 1, line 1)"));
            Assert.That(output, Does.Contain("Segments: 12 in"));
        });
    }

    private static (int Code, string Output) Run(string[] arguments) => Start("dotnet", [SampleDll, .. arguments]);

    private static (int Code, string Output) Start(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within two minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
