using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Extract.Reading.Html;

namespace Extract.Benchmarks;

/// <summary>Reading a web page warm (1 MB, and 5.5 MB of 100,000 paragraphs): parsing, locating the article, dropping the chrome, normalizing.</summary>
/// <remarks>
/// Two pages of 1 MB are made from the test fixtures: a classic Chinese portal page in GBK whose article was pasted
/// from a word processor (a styled span for every run of Chinese and of Latin letters and digits) with the inline
/// scripts and styles such pages carry; and a page that is almost all article text (the 2019 white paper's English
/// body repeated), the worst case for the shared normalization.
/// </remarks>
[MemoryDiagnoser]
public partial class HtmlBenchmarks
{
    private const int PageSize = 1024 * 1024;

    private readonly HtmlReader _reader = new();
    private byte[] _portalPage = [];
    private byte[] _textHeavyPage = [];
    private byte[] _manyParagraphsPage = [];

    [GlobalSetup]
    public void Setup()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _portalPage = MakePortalPage();
        _textHeavyPage = MakeTextHeavyPage();
        _manyParagraphsPage = MakeManyParagraphsPage();
    }

    /// <summary>A 1 MB GBK portal page: its article pasted from a word processor, with scripts, styles and chrome.</summary>
    [Benchmark(Baseline = true)]
    public int PortalPage1Mb() => _reader.ReadArticle(_portalPage, "portal.html").Document.Blocks.Length;

    /// <summary>A 1 MB page of almost nothing but article text.</summary>
    [Benchmark]
    public int TextHeavyPage1Mb() => _reader.ReadArticle(_textHeavyPage, "text-heavy.html").Document.Blocks.Length;

    /// <summary>A 5.5 MB page of 100,000 sibling paragraphs in one article: the walks must stay linear in the
    /// number of siblings.</summary>
    [Benchmark]
    public int HundredThousandParagraphs5Mb() => _reader.ReadArticle(_manyParagraphsPage, "paragraphs.html").Document.Blocks.Length;

    private static byte[] MakeManyParagraphsPage()
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>专利统计</title></head><body><article>");
        for (var i = 1; i <= 100_000; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p>第{i}段：全年专利申请量增长了{i % 97}%。</p>\n");
        }

        return Encoding.UTF8.GetBytes(page.Append("</article></body></html>").ToString());
    }

    private static byte[] MakePortalPage()
    {
        var gbk = Encoding.GetEncoding("gbk");
        var page = gbk.GetString(File.ReadAllBytes(Fixture("whitepaper-2019.zh.trs-gb2312.html")));
        var bodyStart = page.IndexOf("<div class=\"TRS_Editor\">", StringComparison.Ordinal) + "<div class=\"TRS_Editor\">".Length;
        var bodyEnd = page.IndexOf("</div>", bodyStart, StringComparison.Ordinal);
        var body = WordParagraph().Replace(page[bodyStart..bodyEnd], m => ToWordMarkup(m.Groups[1].Value));
        var script = "<script type=\"text/javascript\">\n" + string.Concat(Enumerable.Repeat("function f(a,b){if(a<b){return a+b;}var s='<div class=\"x\">'+a+'</div>';document.getElementById('zoom').innerHTML+=s;}\n", 1500)) + "</script>\n";
        var style = "<style type=\"text/css\">\n" + string.Concat(Enumerable.Repeat(".TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}\n", 1500)) + "</style>\n";
        var head = page[..bodyStart].Replace("</head>", style + script + "</head>", StringComparison.Ordinal);
        var tail = page[bodyEnd..];
        var builder = new StringBuilder(head);
        while (gbk.GetByteCount(builder.ToString()) + gbk.GetByteCount(body) + gbk.GetByteCount(tail) < PageSize)
        {
            builder.Append(body);
        }

        return gbk.GetBytes(builder.Append(tail).ToString());
    }

    // A paragraph as a word processor pastes it: a styled span for every run of Chinese and every run of Latin letters
    // and digits, which use different fonts.
    private static string ToWordMarkup(string text)
    {
        var runs = ScriptRun().Replace(text, m => char.IsAscii(m.Value[0])
            ? $"<span lang=\"EN-US\" style=\"font-family:'Times New Roman';font-size:16pt;mso-fareast-font-family:仿宋_GB2312\">{m.Value}</span>"
            : $"<span style=\"font-family:仿宋_GB2312;font-size:16pt;mso-ascii-font-family:'Times New Roman';mso-hansi-font-family:'Times New Roman'\">{m.Value}</span>");
        return $"<p class=\"MsoNormal\" style=\"margin:0cm 0cm 0pt;text-indent:32pt;line-height:28pt;mso-line-height-rule:exactly\">{runs}<span lang=\"EN-US\" style=\"font-size:16pt\"><o:p></o:p></span></p>";
    }

    [GeneratedRegex("<p style=\"text-indent:2em;line-height:1.8\"><font face=\"宋体\">(.*?)</font></p>", RegexOptions.Singleline)]
    private static partial Regex WordParagraph();

    [GeneratedRegex(@"[\x21-\x7E]+|[^\x21-\x7E]+")]
    private static partial Regex ScriptRun();

    private static byte[] MakeTextHeavyPage()
    {
        var page = File.ReadAllText(Fixture("whitepaper-2019.en.semantic.html"));
        var bodyStart = page.IndexOf("<div class=\"article-body\">", StringComparison.Ordinal) + "<div class=\"article-body\">".Length;
        var bodyEnd = page.IndexOf("<div class=\"share-bar\">", StringComparison.Ordinal);
        bodyEnd = page.LastIndexOf("</div>", bodyEnd, StringComparison.Ordinal);
        var body = page[bodyStart..bodyEnd];
        var builder = new StringBuilder(page[..bodyStart]);
        while (builder.Length + body.Length + (page.Length - bodyEnd) < PageSize)
        {
            builder.Append(body);
        }

        return Encoding.UTF8.GetBytes(builder.Append(page[bodyEnd..]).ToString());
    }

    private static string Fixture(string name) =>
        Path.Combine(BenchmarkData.RepositoryRoot, "tests", "Extract.Tests", "Data", "html", name);
}
