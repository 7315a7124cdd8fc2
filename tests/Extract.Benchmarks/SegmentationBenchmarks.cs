using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using Extract.Segmentation;

namespace Extract.Benchmarks;

/// <summary>The segmenter with jieba's full dictionary on about 1 MB of Chinese (the 2019 white paper's Chinese
/// edition, repeated), and the loading of that dictionary. The setup also times Python jieba (Debian's
/// <c>python3-jieba</c>) on the same text on the same machine, so the log of each run holds both figures.</summary>
/// <remarks>dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*Segmentation*'</remarks>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const int TargetBytes = 1 << 20;

    private string[] _lines = [];
    private JiebaSegmenter _withHmm = null!;
    private JiebaSegmenter _withoutHmm = null!;
    private string _dictionary = "";
    private string[] _removals = [];
    private PartOfSpeechSegmenter _tagger = null!;

    /// <summary>UTF-8 size of the text segmented per operation.</summary>
    public static int TextBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _dictionary = BenchmarkData.Shared("jieba/dict.txt");
        var chinese = ChineseEdition();
        var builder = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < TargetBytes)
        {
            builder.Append(chinese);
        }

        var text = builder.ToString();
        TextBytes = Encoding.UTF8.GetByteCount(text);
        _lines = text.Split('\n');

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var lexicon = Lexicon.Load(_dictionary);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var hmm = HmmModel.Load(Path.GetDirectoryName(_dictionary)!);
        _withHmm = new JiebaSegmenter(lexicon, hmm);
        _withoutHmm = new JiebaSegmenter(lexicon);
        _tagger = new PartOfSpeechSegmenter(Lexicon.Jieba);
        _removals = [.. File.ReadLines(_dictionary).Select(l => l.Split(' ')[0]).Where((_, i) => i % 30 == 0).Take(10_000)];
        Console.WriteLine($"// Text: {TextBytes:N0} bytes UTF-8, {text.Length:N0} characters, {_lines.Length:N0} lines.");
        Console.WriteLine($"// Dictionary: {lexicon.WordCount:N0} words, {lexicon.NodeCount:N0} trie nodes, {(after - before) / 1048576.0:F1} MB retained.");
        MeasurePythonJieba(text);
    }

    [Benchmark]
    public Lexicon LoadDictionary() => Lexicon.Load(_dictionary);

    /// <summary>What <see cref="Lexicon.Jieba"/> does on first use: the embedded trie, decompressed and read.</summary>
    [Benchmark]
    public int LoadEmbeddedDictionary() => FrozenTrie.LoadEmbedded(Lexicon.JiebaResourceName).NodeCount;

    [Benchmark]
    public HmmModel LoadEmbeddedHmm() => HmmModel.LoadEmbedded();

    [Benchmark]
    public PartOfSpeechModel LoadEmbeddedPartOfSpeechModel() => PartOfSpeechModel.LoadEmbedded();

    /// <summary>10,000 <c>RemoveWord</c> calls on a layer over jieba's dictionary (jieba's <c>del_word</c> in bulk).</summary>
    [Benchmark]
    public int RemoveTenThousandWords()
    {
        var layer = Lexicon.Jieba.CreateLayer();
        foreach (var word in _removals)
        {
            layer.RemoveWord(word);
        }

        return layer.WordCount;
    }

    [Benchmark]
    public int PartOfSpeechTagging() => Count(_tagger);

    [Benchmark]
    public int PreciseWithHmm() => Count(_withHmm);

    [Benchmark]
    public int PreciseWithoutHmm() => Count(_withoutHmm);

    private int Count(ISegmenter segmenter)
    {
        var tokens = 0;
        foreach (var line in _lines)
        {
            foreach (var token in segmenter.Segment(line))
            {
                tokens += token.Span.Length > 0 ? 1 : 0;
            }
        }

        return tokens;
    }

    private static string ChineseEdition()
    {
        var lines = File.ReadAllLines(BenchmarkData.Sample("whitepaper-2019.zh-en.txt"));
        var end = Array.FindIndex(lines, l => l.StartsWith("Intellectual Property Development in Shanghai", StringComparison.Ordinal));
        return string.Join('\n', lines[..(end < 0 ? lines.Length : end)].Select(l => l.Trim()).Where(l => l.Length > 0)) + "\n";
    }

    /// <summary>Runs jieba's precise mode, with and without HMM, on the same lines (best of three, dictionary loading
    /// excluded) and writes its throughput to the log.</summary>
    private static void MeasurePythonJieba(string text)
    {
        const string Script = """
            import sys, time, logging, jieba
            jieba.setLogLevel(logging.ERROR)
            text = open(sys.argv[1], encoding='utf-8').read()
            lines = text.split('\n')
            jieba.initialize()
            size = len(text.encode('utf-8'))
            for hmm in (True, False):
                best = 1e9
                for _ in range(3):
                    start = time.perf_counter()
                    for line in lines:
                        for _ in jieba.cut(line, HMM=hmm):
                            pass
                    best = min(best, time.perf_counter() - start)
                print('// python3-jieba precise HMM=%s: %.1f ms per 1 MB text, %.2f MB/s' % (hmm, best * 1000, size / best / 1e6))
            """;
        var input = Path.GetTempFileName();
        var script = Path.ChangeExtension(Path.GetTempFileName(), ".py");
        try
        {
            File.WriteAllText(input, text);
            File.WriteAllText(script, Script);
            foreach (var python in new[] { "/usr/bin/python3", "python3" })
            {
                try
                {
                    using var process = Process.Start(new ProcessStartInfo(python, [script, input]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
                    var output = process.StandardOutput.ReadToEnd();
                    process.WaitForExit();
                    if (process.ExitCode == 0)
                    {
                        Console.Write(output);
                        return;
                    }
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    // No such interpreter: try the next.
                }
            }

            Console.WriteLine("// python3-jieba is not installed (apt-get install python3-jieba): no comparison figures.");
        }
        finally
        {
            File.Delete(input);
            File.Delete(script);
        }
    }
}
