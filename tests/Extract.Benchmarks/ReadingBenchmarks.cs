using System.Text;
using BenchmarkDotNet.Attributes;
using Extract.Reading.Text;

namespace Extract.Benchmarks;

/// <summary>Reading plain text warm: splitting into blocks and the normalization every format shares.</summary>
/// <remarks>
/// The 2019 white paper as text (Chinese and English editions, 47 KB), and 1 MB of it repeated, where nearly all of
/// the time is the shared normalization (the 1 MB article-only web page is <see cref="HtmlBenchmarks.TextHeavyPage1Mb"/>).
/// </remarks>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private const int TextSize = 1024 * 1024;

    private string _whitePaper = string.Empty;
    private string _whitePaper1Mb = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _whitePaper = File.ReadAllText(BenchmarkData.Sample("whitepaper-2019.zh-en.txt"));
        var builder = new StringBuilder(TextSize + _whitePaper.Length);
        while (Encoding.UTF8.GetByteCount(builder.ToString()) + Encoding.UTF8.GetByteCount(_whitePaper) < TextSize)
        {
            builder.Append(_whitePaper).Append("\n\n");
        }

        _whitePaper1Mb = builder.ToString();
    }

    /// <summary>The 2019 white paper, both editions, as plain text.</summary>
    [Benchmark(Baseline = true)]
    public int WhitePaper2019Text() => PlainTextReader.ReadText(_whitePaper, "whitepaper-2019.zh-en.txt").Blocks.Length;

    /// <summary>The 2019 white paper repeated to 1 MB of UTF-8.</summary>
    [Benchmark]
    public int WhitePaper2019Text1Mb() => PlainTextReader.ReadText(_whitePaper1Mb, "whitepaper-2019-1mb.txt").Blocks.Length;
}
