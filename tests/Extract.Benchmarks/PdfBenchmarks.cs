using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Extract.Reading;
using Extract.Reading.Pdf;

namespace Extract.Benchmarks;

/// <summary>The in-process PDF reader (PdfPig under Extract's layout stage) against poppler's <c>pdftotext</c> (run
/// as a process, as the optional backend does) on the shared corpus. The ratio of the two is the figure to watch
/// (target: in process at most twice as slow).</summary>
/// <remarks><c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*PdfBenchmarks*'</c>; needs
/// ../shared beside the repository and, for the second benchmark, poppler-utils.</remarks>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private byte[] _content = [];
    private string _path = string.Empty;

    [Params("wp2019-zh.pdf", "wp2019-en.pdf", "wp2019-bilingual.pdf", "wp2019-zh.chromium.pdf", "wp2019-en.chromium.pdf", "wp2019-zh.type3.pdf", "wp2019-zh.objstm.pdf", "wp2019-zh.aes256.pdf", "table-2019.pdf", "twocol-2019.pdf")]
    public string File { get; set; } = "wp2019-zh.pdf";

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkData.Shared(Path.Combine("corpus", "pdf", File));
        _content = System.IO.File.ReadAllBytes(_path);
    }

    [Benchmark(Baseline = true)]
    public int Pdftotext()
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext")
        {
            ArgumentList = { "-enc", "UTF-8", _path, "-" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Length;
    }

    [Benchmark]
    public int InProcess() => new PdfReader().Read(_content, _path, ReaderOptions.Default, CancellationToken.None).Text.Length;
}

/// <summary>The 2019 white paper's two PDF editions reconciled end to end: read both PDFs, recognise, align and
/// reconcile. Target: under 300 ms warm.</summary>
/// <remarks><c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*PdfPairBenchmarks*'</c>.</remarks>
[MemoryDiagnoser]
public class PdfPairBenchmarks
{
    private readonly Extract.Reconciliation.Reconciler _reconciler = new();
    private byte[] _chinese = [];
    private byte[] _english = [];

    [GlobalSetup]
    public void Setup()
    {
        _chinese = System.IO.File.ReadAllBytes(BenchmarkData.Shared(Path.Combine("corpus", "pdf", "wp2019-zh.pdf")));
        _english = System.IO.File.ReadAllBytes(BenchmarkData.Shared(Path.Combine("corpus", "pdf", "wp2019-en.pdf")));
    }

    [Benchmark]
    public int ReconcilePdfPair2019()
    {
        var reader = new DocumentReader();
        var editions = new Extract.Splitting.Editions(reader.Read(_chinese, "wp2019-zh.pdf"), reader.Read(_english, "wp2019-en.pdf"));
        return _reconciler.Reconcile(editions).Discrepancies.Length;
    }
}
