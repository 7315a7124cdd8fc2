using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Extract.Benchmarks;

/// <summary>Whole processes on 4 MB of Chinese (the 2019 white paper's Chinese edition, repeated): the sample's
/// <c>segment</c> command (jieba's embedded dictionary and HMM; start-up, loading, reading, cutting and writing
/// included) against Python jieba 0.42.1 (Debian's <c>python3-jieba</c>) cutting the same lines and writing them
/// the same way, in the same run. The ratio column is the speed-up.</summary>
/// <remarks>Build the sample first: <c>dotnet build -c Release samples/Extract.Sample</c>; then
/// <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*SegmentCommand*'</c>.</remarks>
[Config(typeof(WholeProcessConfig))]
public class SegmentCommandBenchmarks
{
    private const int TargetBytes = 4 << 20;

    private const string PythonScript = """
        import sys, logging, jieba
        jieba.setLogLevel(logging.ERROR)
        out = open(sys.stdout.fileno(), 'w', encoding='utf-8', closefd=False)
        with open(sys.argv[1], encoding='utf-8', newline='\n') as f:
            for line in f:
                out.write(' / '.join(jieba.cut(line.rstrip('\n'))))
                out.write('\n')
        out.flush()
        """;

    private string _input = "";
    private string _script = "";
    private string _sample = "";

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(BenchmarkData.Sample("whitepaper-2019.zh-en.txt"));
        var end = Array.FindIndex(lines, l => l.StartsWith("Intellectual Property Development in Shanghai", StringComparison.Ordinal));
        var chinese = string.Join('\n', lines[..(end < 0 ? lines.Length : end)].Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
        var builder = new StringBuilder();
        while (builder.Length * 3 < TargetBytes)
        {
            builder.Append(chinese);
        }

        _input = Path.Combine(Path.GetTempPath(), "extract-segment-4mb.txt");
        File.WriteAllText(_input, builder.ToString(), new UTF8Encoding(false));
        _script = Path.Combine(Path.GetTempPath(), "extract-segment-jieba.py");
        File.WriteAllText(_script, PythonScript);
        _sample = FindSample();
        Console.WriteLine($"// Input: {new FileInfo(_input).Length:N0} bytes; sample: {_sample}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_input);
        File.Delete(_script);
    }

    [Benchmark(Baseline = true)]
    public long PythonJieba() => Run("/usr/bin/python3", _script, _input);

    [Benchmark]
    public long ExtractSegment() => Run("dotnet", _sample, "segment", _input);

    private static long Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{program} did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.BaseStream;
        var buffer = new byte[1 << 16];
        long bytes = 0;
        int read;
        while ((read = output.Read(buffer)) > 0)
        {
            bytes += read;
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {stderr.Result}");
        }

        return bytes;
    }

    private static string FindSample()
    {
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var path = Path.Combine(BenchmarkData.RepositoryRoot, "samples", "Extract.Sample", "bin", configuration, "net10.0", "Extract.Sample.dll");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("Build the sample first: dotnet build -c Release samples/Extract.Sample");
    }

    /// <summary>One process per invocation, five of them; the host itself is not rebuilt (what is timed runs in the
    /// child processes).</summary>
    private sealed class WholeProcessConfig : ManualConfig
    {
        public WholeProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
    }
}
