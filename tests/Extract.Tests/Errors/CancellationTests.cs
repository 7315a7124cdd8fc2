using System.Text;
using Extract.Checks;
using Extract.Facts;
using Extract.Reading;
using Extract.Reading.Segments;
using Extract.Reconciliation;
using Extract.Splitting;
using Extract.Store;

namespace Extract.Tests.Errors;

/// <summary>Every long entry point takes a cancellation token and keeps to a time limit: the caller's cancellation is
/// <see cref="OperationCanceledException"/>, the limit running out a <see cref="TimeLimitExceededException"/> naming the
/// input and the work.</summary>
public sealed class CancellationTests
{
    private const string SampleName = "whitepaper-2019.zh-en.txt";

    // The 2019 white paper, both editions, ten times over: long enough that a 1 ms limit runs out mid-work.
    private static readonly Lazy<byte[]> Long = new(() => Repeated(10));

    // Forty times over, for work that is quick per byte (reading text) or must outlast another job by far.
    private static readonly Lazy<byte[]> Longer = new(() => Repeated(40));

    private static byte[] Repeated(int copies)
    {
        var text = File.ReadAllText(TestData.Sample(SampleName));
        var zhEnd = text.IndexOf("Intellectual Property Development in Shanghai", StringComparison.Ordinal);
        var builder = new StringBuilder();
        for (var i = 0; i < copies; i++)
        {
            builder.Append(text, 0, zhEnd).Append('\n');
        }

        for (var i = 0; i < copies; i++)
        {
            builder.Append(text, zhEnd, text.Length - zhEnd).Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static readonly Lazy<Editions> LongEditions = new(() => EditionSplitter.Split(new DocumentReader(ReaderOptions.Default with { TimeLimit = null }).Read(Long.Value, "long.txt")));

    private static readonly TimeSpan Instant = TimeSpan.FromMilliseconds(1);

    /// <summary>Each entry point, run with the given token and a 1 ms time limit where it takes one.</summary>
    public static IEnumerable<TestCaseData> EntryPoints()
    {
        yield return Case("read", "long.txt", "reading", (limit, token) => new DocumentReader(ReaderOptions.Default with { TimeLimit = limit }).Read(Longer.Value, "long.txt", token));
        yield return Case("reconcile", "long.txt", "reconciling the editions", (limit, token) => new Reconciler(new ReconciliationOptions { TimeLimit = limit }).Reconcile(LongEditions.Value, token));
        yield return Case("facts", "long.txt", "reading the facts", (limit, token) => new FactExtractor { TimeLimit = limit }.Extract(LongEditions.Value.Chinese, token));
        yield return Case("check", "long.txt", "checking the facts", (limit, token) =>
        {
            var document = LongEditions.Value.Chinese;
            var stored = FactStore.Describe(document, []);
            var facts = new FactExtractor { TimeLimit = null }.Extract(document).Select(f => StoredFact.From(f, stored)).ToList();
            // The same facts under two names make every restatement and growth comparison run.
            var twin = stored with { ContentHash = "twin", Path = "twin.txt" };
            return new FactChecker { TimeLimit = limit }.Check(facts, [.. facts.Select(f => f with { Document = twin })], token);
        });
        yield return Case("segments", "long.tsv", "reading", (limit, token) =>
        {
            var lines = Encoding.UTF8.GetString(Long.Value).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var half = lines.Length / 2;
            var table = string.Join('\n', Enumerable.Range(0, half).Select(i => lines[i].Replace('\t', ' ') + "\t" + lines[half + i].Replace('\t', ' ')));
            return new SegmentFileReader(SegmentReaderOptions.Default with { TimeLimit = limit }).Read(Encoding.UTF8.GetBytes(table), "long.tsv", token);
        });
    }

    [TestCaseSource(nameof(EntryPoints))]
    public void A_cancelled_token_stops_the_work(string sourceName, string work, Func<TimeSpan?, CancellationToken, object> run)
    {
        _ = LongEditions.Value;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // The caller's own cancellation is never reported as the limit, even with a limit in force.
        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => run(TimeSpan.FromMinutes(1), cancelled.Token));
    }

    [TestCaseSource(nameof(EntryPoints))]
    public void A_time_limit_that_runs_out_is_a_typed_error_naming_the_input_and_the_work(string sourceName, string work, Func<TimeSpan?, CancellationToken, object> run)
    {
        _ = LongEditions.Value;
        // On a clock whose limits run out at once the first check inside the work must stop it, however fast the
        // machine; the batch test below runs a real limit on the system clock.
        TimeBudget.Clock.Value = new ExpiredClock();
        TimeLimitExceededException error;
        try
        {
            error = Assert.Throws<TimeLimitExceededException>(() => run(Instant, CancellationToken.None))!;
        }
        finally
        {
            TimeBudget.Clock.Value = null;
        }

        Assert.That(error.SourcePath, Is.EqualTo(sourceName));
        Assert.That(error.Work, Is.EqualTo(work));
        Assert.That(error.Limit, Is.EqualTo(Instant));
        Assert.That(error.Message, Does.StartWith(sourceName + ": " + work).And.Contain("time limit of 0.001 s"));
    }

    [TestCaseSource(nameof(EntryPoints))]
    public void Without_a_limit_the_work_completes(string sourceName, string work, Func<TimeSpan?, CancellationToken, object> run)
    {
        _ = LongEditions.Value;

        Assert.That(run(null, CancellationToken.None), Is.Not.Null);
    }

    [Test]
    public void Facts_streamed_are_the_facts_extracted()
    {
        var extractor = new FactExtractor();
        var document = TestData.ReadSample(SampleName);

        Assert.That(extractor.Enumerate(document).Select(f => f.ToString()), Is.EqualTo(extractor.Extract(document).Select(f => f.ToString())));
        Assert.That(extractor.Extract(document), Is.Not.Empty);
    }

    [Test]
    public void A_batch_job_over_its_limit_fails_alone_and_names_its_file()
    {
        var directory = Directory.CreateTempSubdirectory("extract-limit-");
        try
        {
            var big = Path.Combine(directory.FullName, "long.txt");
            File.WriteAllBytes(big, Longer.Value);
            var small = Path.Combine(directory.FullName, SampleName);
            File.Copy(TestData.Sample(SampleName), small);
            // The long pair takes many seconds to reconcile, the 2019 white paper a fraction of one.
            var batch = new BatchReconciler(new ReconciliationOptions { TimeLimit = TimeSpan.FromSeconds(2) });

            var results = batch.RunAllAsync([BatchReconciler.ForFile(big), BatchReconciler.ForFile(small)], maxParallel: 1).GetAwaiter().GetResult();

            Assert.That(results[0].Error, Is.TypeOf<TimeLimitExceededException>().With.Property("SourcePath").EqualTo(big));
            Assert.That(results[1].Succeeded, Is.True, "the job after it still runs");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void A_limit_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = ReaderOptions.Default with { TimeLimit = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ReconciliationOptions { TimeLimit = TimeSpan.FromSeconds(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new FactExtractor { TimeLimit = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new FactChecker { TimeLimit = TimeSpan.Zero });
    }

    private static TestCaseData Case(string name, string sourceName, string work, Func<TimeSpan?, CancellationToken, object> run) =>
        new TestCaseData(sourceName, work, run).SetArgDisplayNames(name);

    /// <summary>A clock on which every timer is due the moment it is made.</summary>
    private sealed class ExpiredClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            callback(state);
            return new Spent();
        }

        private sealed class Spent : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => false;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
