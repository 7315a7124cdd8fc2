using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Extract.Documents;
using Extract.Facts;
using Extract.Reading;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Benchmarks;

/// <summary>Fact extraction (quantity recognition, segmentation of the Chinese sentences that hold figures, indicator
/// matching, periods and changes) on about 1 MB of text per language: the sentences of one edition of the 2019 white
/// paper, repeated. The setup also prints MB/s and facts per second on one thread, for the README.</summary>
/// <remarks>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*FactBenchmarks*'</remarks>
[MemoryDiagnoser]
public class FactBenchmarks
{
    private const int TargetBytes = 1 << 20;

    private List<Sentence> _sentences = [];
    private FactExtractor _extractor = null!;

    /// <summary>The edition read: zh or en.</summary>
    [Params("zh", "en")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        var editions = EditionSplitter.Split(new DocumentReader().Read(BenchmarkData.Sample("whitepaper-2019.zh-en.txt")));
        var edition = Language == "zh" ? editions.Chinese : editions.English;
        var one = SentenceSplitter.Split(edition);
        var bytes = 0;
        var offset = 0;
        while (bytes < TargetBytes)
        {
            foreach (var sentence in one)
            {
                _sentences.Add(sentence with { Span = new TextSpan(offset, sentence.Text.Length) });
                offset += sentence.Text.Length + 1;
                bytes += Encoding.UTF8.GetByteCount(sentence.Text) + 1;
            }
        }

        _extractor = new FactExtractor();
        for (var warm = 0; warm < 3; warm++)
        {
            _ = _extractor.Extract(_sentences, 2019);
        }

        // One-thread throughput, best of five, printed into the log beside BenchmarkDotNet's figures.
        var best = double.MaxValue;
        var facts = 0;
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            facts = _extractor.Extract(_sentences, 2019).Length;
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"// Facts {Language}: {bytes:N0} bytes UTF-8 in {_sentences.Count:N0} sentences, {facts:N0} facts; "
            + $"best {best * 1000:F1} ms = {bytes / best / 1e6:F2} MB/s, {facts / best:N0} facts/s");
    }

    [Benchmark]
    public int Extract() => _extractor.Extract(_sentences, 2019).Length;
}
