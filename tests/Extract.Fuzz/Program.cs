using System.Diagnostics;
using System.Security.Cryptography;
using Extract;
using Extract.Fuzz;

// Usage: dotnet run --project tests/Extract.Fuzz -c Release -- [--seed N] [--count N] [--timeout-ms N] [--save]
//          [--format text|html|pdf|docx|xliff|tmx]
//   Mutates the seed documents deterministically and runs the whole pipeline on each mutant under a watchdog. An
//   untyped exception or a run over the timeout is a failure: printed, and with --save written to the regression
//   corpus (tests/Extract.Tests/Data/fuzz), which the normal test run replays. Exit code 1 on any failure.
//   --keep N writes input N to the corpus whatever its outcome (to keep an input found before its fix).
//   --format F mutates only the seeds of one format (a mutant may be spliced with a seed of any format).
//   --from N makes the inputs before N without running them: input N of a long run, again, at once.
//   --out DIR writes the inputs --save and --keep write to DIR instead of the corpus.
//   The summary gives, per format of seed, inputs, results, typed errors, failures and the slowest input.
//   --afl FORMAT, --afl-seeds FORMAT DIR, --afl-replay FORMAT FILE...: the coverage-guided mode (afl.sh runs it).
if (args.Length > 0 && args[0] is "--afl" or "--afl-seeds" or "--afl-replay")
{
    return CoverageGuided.Run(args, RepositoryRoot());
}

var seed = Option("--seed", 18);
var count = Option("--count", 3000);
var timeout = TimeSpan.FromMilliseconds(Option("--timeout-ms", 5000));
var save = args.Contains("--save");
var keep = Option("--keep", -1);
var from = Option("--from", 0);

var format = Text("--format");
if (format is not null && !Seeds.Formats.ContainsKey(format))
{
    Console.Error.WriteLine($"unknown format '{format}': one of {string.Join(", ", Seeds.Formats.Keys)}");
    return 2;
}

var root = RepositoryRoot();
var all = Seeds.Find(root);
var seeds = format is null ? all : Seeds.OfFormat(all, format);
if (seeds.Count == 0)
{
    Console.Error.WriteLine($"no seeds of format '{format}'");
    return 2;
}

Console.WriteLine($"seed {seed}, {count} inputs, {seeds.Count} seed files{(format is null ? string.Empty : " of format " + format)}, watchdog {timeout.TotalSeconds:0.#} s");
var pipeline = new FuzzPipeline(Seeds.PartnerEditions(root));
var mutator = new Mutator(seed);
var picker = new Random(seed);
// --out DIR writes saved and kept inputs there instead of the corpus: outside the repository, any input may be kept.
var outside = Text("--out");
var corpus = outside ?? Path.Combine(root, "tests/Extract.Tests/Data/fuzz");

var (typed, results, failures) = (0, 0, 0);
var slowest = (Seconds: 0.0, Name: "");
var tally = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
var clock = Stopwatch.StartNew();
for (var i = 0; i < count; i++)
{
    var (name, bytes, mayKeep) = seeds[picker.Next(seeds.Count)];
    var (_, other, otherMayKeep) = all[picker.Next(all.Count)];
    // An input spliced from licensed text is reported, never written into the repository.
    mayKeep &= otherMayKeep;
    var kind = Seeds.FormatOf(name);
    var counts = tally.TryGetValue(kind, out var t) ? t : new Tally();
    // One input in ten is the seed itself or a plain truncation-free mutant of it, so the deep stages get reached.
    var input = i % 10 == 0 ? bytes : mutator.Mutate(bytes, other);
    if (i < from)
    {
        // Made, so that the inputs from --from on are those of a whole run, but not run.
        continue;
    }

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
            counts = counts with { Results = counts.Results + 1 };
        }
    }
    catch (AggregateException e) when (e.InnerException is ExtractException or OperationCanceledException)
    {
        typed++;
        counts = counts with { Typed = counts.Typed + 1 };
    }
    catch (AggregateException e)
    {
        failure = e.InnerException!.GetType().FullName + ": " + e.InnerException.Message + Environment.NewLine + e.InnerException.StackTrace;
    }

    if (watch.Elapsed.TotalSeconds > slowest.Seconds)
    {
        slowest = (watch.Elapsed.TotalSeconds, name);
    }

    counts = counts with
    {
        Inputs = counts.Inputs + 1,
        Failures = counts.Failures + (failure is null ? 0 : 1),
        Slowest = Math.Max(counts.Slowest, watch.Elapsed.TotalSeconds),
    };
    tally[kind] = counts;

    if (i == keep && (mayKeep || outside is not null))
    {
        Directory.CreateDirectory(corpus);
        File.WriteAllBytes(Path.Combine(corpus, $"{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}{Path.GetExtension(name)}"), input);
    }

    if (failure is not null)
    {
        failures++;
        var file = $"{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}{Path.GetExtension(name)}";
        Console.WriteLine($"FAIL input {i} (from {name}, {input.Length} bytes) -> {file}: {failure}");
        if (save && !mayKeep && outside is null)
        {
            Console.WriteLine($"  not saved: made from a test set whose text may not be copied into the repository; rerun with --seed {seed}{(format is null ? string.Empty : " --format " + format)} --count {i + 1} to see it again");
        }
        else if (save)
        {
            Directory.CreateDirectory(corpus);
            File.WriteAllBytes(Path.Combine(corpus, file), input);
        }
    }
}

foreach (var (kind, c) in tally)
{
    Console.WriteLine($"  {kind,-6} {c.Inputs,8} inputs: {c.Results} results, {c.Typed} typed errors, {c.Failures} failures; slowest {c.Slowest:0.00} s");
}

Console.WriteLine($"{count - from} inputs in {clock.Elapsed.TotalSeconds:0.0} s: {results} results, {typed} typed errors, {failures} failures; slowest {slowest.Seconds:0.00} s ({slowest.Name})");
return failures == 0 ? 0 : 1;

string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

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

/// <summary>What the inputs from one format's seeds came to.</summary>
internal readonly record struct Tally(int Inputs, int Results, int Typed, int Failures, double Slowest);
