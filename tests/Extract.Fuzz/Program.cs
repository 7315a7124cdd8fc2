using System.Diagnostics;
using System.Security.Cryptography;
using Extract;
using Extract.Fuzz;
using Extract.Reading;
using Extract.Splitting;

// Usage: dotnet run --project tests/Extract.Fuzz -c Release -- [--seed N] [--count N] [--timeout-ms N] [--save]
//   Mutates the seed documents deterministically and runs the whole pipeline on each mutant under a watchdog. An
//   untyped exception or a run over the timeout is a failure: printed, and with --save written to the regression
//   corpus (tests/Extract.Tests/Data/fuzz), which the normal test run replays. Exit code 1 on any failure.
//   --keep N writes input N to the corpus whatever its outcome (to keep an input found before its fix).
var seed = Option("--seed", 18);
var count = Option("--count", 3000);
var timeout = TimeSpan.FromMilliseconds(Option("--timeout-ms", 5000));
var save = args.Contains("--save");
var keep = Option("--keep", -1);

var root = RepositoryRoot();
var seeds = Seeds.Find(root);
Console.WriteLine($"seed {seed}, {count} inputs, {seeds.Count} seed files, watchdog {timeout.TotalSeconds:0.#} s");
var partner = EditionSplitter.Split(new DocumentReader().Read(Path.Combine(root, "samples/Extract.Sample/data/whitepaper-2019.zh-en.txt")));
var pipeline = new FuzzPipeline(partner);
var mutator = new Mutator(seed);
var picker = new Random(seed);
var corpus = Path.Combine(root, "tests/Extract.Tests/Data/fuzz");

var (typed, results, failures) = (0, 0, 0);
var slowest = (Seconds: 0.0, Name: "");
var clock = Stopwatch.StartNew();
for (var i = 0; i < count; i++)
{
    var (name, bytes) = seeds[picker.Next(seeds.Count)];
    var other = seeds[picker.Next(seeds.Count)].Bytes;
    // One input in ten is the seed itself or a plain truncation-free mutant of it, so the deep stages get reached.
    var input = i % 10 == 0 ? bytes : mutator.Mutate(bytes, other);
    using var cancel = new CancellationTokenSource();
    var watch = Stopwatch.StartNew();
    var run = Task.Run(() => pipeline.Run(input, name, cancel.Token));
    string? failure = null;
    try
    {
        if (!run.Wait(timeout))
        {
            cancel.Cancel();
            failure = $"over {timeout.TotalSeconds:0.#} s";
        }
        else
        {
            results++;
        }
    }
    catch (AggregateException e) when (e.InnerException is ExtractException or OperationCanceledException)
    {
        typed++;
    }
    catch (AggregateException e)
    {
        failure = e.InnerException!.GetType().FullName + ": " + e.InnerException.Message + Environment.NewLine + e.InnerException.StackTrace;
    }

    if (watch.Elapsed.TotalSeconds > slowest.Seconds)
    {
        slowest = (watch.Elapsed.TotalSeconds, name);
    }

    if (i == keep)
    {
        Directory.CreateDirectory(corpus);
        File.WriteAllBytes(Path.Combine(corpus, $"{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}{Path.GetExtension(name)}"), input);
    }

    if (failure is not null)
    {
        failures++;
        var file = $"{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}{Path.GetExtension(name)}";
        Console.WriteLine($"FAIL input {i} (from {name}, {input.Length} bytes) -> {file}: {failure}");
        if (save)
        {
            Directory.CreateDirectory(corpus);
            File.WriteAllBytes(Path.Combine(corpus, file), input);
        }
    }
}

Console.WriteLine($"{count} inputs in {clock.Elapsed.TotalSeconds:0.0} s: {results} results, {typed} typed errors, {failures} failures; slowest {slowest.Seconds:0.00} s ({slowest.Name})");
return failures == 0 ? 0 : 1;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Extract.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository (Extract.sln not found)");
}
