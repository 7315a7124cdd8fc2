using Extract.Reconciliation;
using Extract.Reporting;

namespace Extract.Tests.Reconciliation;

/// <summary>Batches: jobs found by name in a directory or listed in a manifest; a bad file is reported in its place
/// and stops nothing.</summary>
public sealed class BatchReconcilerTests
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"extract-batch-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        foreach (var name in new[] { "planted.xlf", "clean.tmx", "planted.mqxliff" })
        {
            File.Copy(TestData.Fixture("segments", name), Path.Combine(_directory, name));
        }

        File.Copy(TestData.Sample("whitepaper-2019.zh-en.txt"), Path.Combine(_directory, "whitepaper-2019.txt"));
        File.Copy(TestData.Fixture("segments", "bad", "malformed.xlf"), Path.Combine(_directory, "broken.xlf"));
        File.WriteAllText(Path.Combine(_directory, "report.zh.txt"), "全年受理投诉21件。\n");
        File.WriteAllText(Path.Combine(_directory, "report.en.txt"), "A total of 12 complaints were received in the year.\n");
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void ADirectoryGivesPairsByNameAndEveryOtherFileOnItsOwn()
    {
        var jobs = BatchReconciler.Discover(_directory);
        Assert.That(jobs.Select(j => $"{j.Name} {j.Input}"), Is.EquivalentTo(new[]
        {
            "broken.xlf Segments", "clean.tmx Segments", "planted.mqxliff Segments", "planted.xlf Segments", "report Pair", "whitepaper-2019.txt Bilingual",
        }));
    }

    [Test]
    public async Task OneBadFileStopsNothingAndKeepsItsPlaceInTheIndex()
    {
        var jobs = BatchReconciler.Discover(_directory);
        var results = await new BatchReconciler().RunAllAsync(jobs, maxParallel: 2);
        var csv = new StringWriter();
        BatchIndexWriter.WriteCsv(results, csv);
        var rows = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Job), Is.EqualTo(jobs));
            Assert.That(results.Where(r => !r.Succeeded).Select(r => r.Job.Name), Is.EqualTo(new[] { "broken.xlf" }));
            Assert.That(results.Single(r => r.Job.Name == "broken.xlf").Error, Is.TypeOf<MalformedSegmentFileException>());
            Assert.That(results.Single(r => r.Job.Name == "planted.xlf").Count(Severity.High), Is.EqualTo(6));
            Assert.That(results.Single(r => r.Job.Name == "clean.tmx").Report!.AtLeast(Severity.Medium), Is.Empty);
            Assert.That(results.Single(r => r.Job.Name == "report").Report!.AtLeast(Severity.Medium).Single().Kind, Is.EqualTo(DiscrepancyKind.Digits));
            Assert.That(rows, Has.Count.EqualTo(jobs.Length));
            Assert.That(rows.Single(r => r.StartsWith("broken.xlf,", StringComparison.Ordinal)), Does.Contain(",error,").And.Contain("line 10"));
        });
    }

    [Test]
    public void AManifestListsPairsAndSingleFilesRelativeToItself()
    {
        var manifest = Path.Combine(_directory, "jobs.csv");
        File.WriteAllText(manifest, "zh,en\nreport.zh.txt,report.en.txt\nplanted.xlf\n");
        var jobs = BatchReconciler.FromManifest(manifest);
        Assert.That(jobs.Select(j => (j.Name, j.Input, j.Paths.Length)), Is.EqualTo(new[] { ("report", ReconciliationInput.Pair, 2), ("planted.xlf", ReconciliationInput.Segments, 1) }));
        Assert.That(jobs[0].Paths[0], Is.EqualTo(Path.Combine(_directory, "report.zh.txt")));
    }
}
