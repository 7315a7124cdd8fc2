using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Extract.Reading.Word;

namespace Extract.Benchmarks;

/// <summary>Reading Word documents warm: the 2019 white paper's editions as LibreOffice saved them, and the Chinese
/// one's body repeated to some 1 MB of text (about 12 MB of XML), read one top-level block at a time.</summary>
[MemoryDiagnoser]
public class WordBenchmarks
{
    private const int TextSize = 1024 * 1024;
    private readonly WordReader _reader = new();
    private byte[] _chinese = [];
    private byte[] _english = [];
    private byte[] _chinese1Mb = [];

    [GlobalSetup]
    public void Setup()
    {
        _chinese = File.ReadAllBytes(Fixture("whitepaper-2019.zh.docx"));
        _english = File.ReadAllBytes(Fixture("whitepaper-2019.en.docx"));
        _chinese1Mb = Repeated(_chinese);
    }

    /// <summary>The Chinese edition (10 KB .docx).</summary>
    [Benchmark(Baseline = true)]
    public int WhitePaper2019ChineseDocx() => _reader.ReadWord(_chinese, "whitepaper-2019.zh.docx").Document.Blocks.Length;

    /// <summary>The English edition (10 KB .docx).</summary>
    [Benchmark]
    public int WhitePaper2019EnglishDocx() => _reader.ReadWord(_english, "whitepaper-2019.en.docx").Document.Blocks.Length;

    /// <summary>The Chinese edition's body repeated to about 1 MB of text.</summary>
    [Benchmark]
    public int WhitePaper2019ChineseDocx1Mb() => _reader.ReadWord(_chinese1Mb, "whitepaper-2019-1mb.zh.docx").Document.Blocks.Length;

    private static string Fixture(string name) =>
        Path.Combine(BenchmarkData.RepositoryRoot, "tests", "Extract.Tests", "Data", "word", "libreoffice", name);

    // The body's paragraphs and tables, repeated until their text passes 1 MB; the section properties stay last.
    private static byte[] Repeated(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var start = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
            var end = xml.LastIndexOf("<w:sectPr", StringComparison.Ordinal);
            var body = xml[start..end];
            var text = new WordReader().ReadWord(docx, "x.docx").Document.Text.Length * 3;
            var repeated = new StringBuilder(xml.Length * (TextSize / text + 1));
            repeated.Append(xml, 0, start);
            for (var size = 0; size < TextSize; size += text)
            {
                repeated.Append(body);
            }

            repeated.Append(xml, end, xml.Length - end);
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(repeated.ToString());
        }

        return stream.ToArray();
    }
}
