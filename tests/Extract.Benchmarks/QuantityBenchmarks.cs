using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Extract.Quantities;
using Extract.Reading;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Benchmarks;

/// <summary>Recognition throughput over the sentences of each edition of the 2019 white paper, in MB of text (UTF-8,
/// as the file is stored) per second on one core, with allocations.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*Quantity*'</c>.</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class QuantityBenchmarks
{
    private Sentence[] _sentences = [];

    /// <summary>The edition whose sentences are read.</summary>
    [Params("zh", "en")]
    public string Edition { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        var editions = EditionSplitter.Split(new DocumentReader().Read(BenchmarkData.Sample("whitepaper-2019.zh-en.txt")));
        _sentences = [.. SentenceSplitter.Split(Edition == "zh" ? editions.Chinese : editions.English)];
    }

    [Benchmark]
    public int Recognize()
    {
        var count = 0;
        foreach (var sentence in _sentences)
        {
            count += QuantityRecognizer.Recognize(sentence).Length;
        }

        return count;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes of text (UTF-8) recognized per second, one core";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var edition = (string)benchmarkCase.Parameters["Edition"];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "-";
            }

            var editions = EditionSplitter.Split(new DocumentReader().Read(BenchmarkData.Sample("whitepaper-2019.zh-en.txt")));
            // The column is computed in the host process, so it reads the sentences again to know their size.
            var bytes = SentenceSplitter.Split(edition == "zh" ? editions.Chinese : editions.English).Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text));
            var seconds = statistics.Mean / 1e9;
            return (bytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
