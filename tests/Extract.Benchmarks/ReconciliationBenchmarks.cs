using BenchmarkDotNet.Attributes;
using Extract.Reading;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Benchmarks;

/// <summary>Reconciling the two editions of the 2019 white paper end to end: read the bytes, split the editions,
/// recognise the quantities, align and reconcile. Target: under 300 ms warm on one core, peak memory under 150 MB.</summary>
/// <remarks>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*Reconciliation*'</remarks>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private readonly DocumentReader _reader = new();
    private readonly Reconciler _reconciler = new();
    private byte[] _whitePaper = [];

    [GlobalSetup]
    public void Setup() => _whitePaper = File.ReadAllBytes(BenchmarkData.Sample("whitepaper-2019.zh-en.txt"));

    /// <summary>The whole pipeline on the bilingual file, as the reconcile command runs it.</summary>
    [Benchmark]
    public int ReconcileWhitePaper2019()
    {
        var editions = EditionSplitter.Split(_reader.Read(_whitePaper, "whitepaper-2019.zh-en.txt"));
        return _reconciler.Reconcile(editions).Discrepancies.Length;
    }
}
