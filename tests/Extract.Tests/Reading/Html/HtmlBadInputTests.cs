using System.Text;
using Extract.Reading;
using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>Bad pages are reported with a typed error that names the page and the problem: never a crash, a hang,
/// a stack overflow or mojibake.</summary>
[TestFixture]
public class HtmlBadInputTests
{
    private static IEnumerable<TestCaseData> BadPages =>
        HtmlTestData.Rows("bad-pages.tsv").Select(r => new TestCaseData(r[0], r[1]).SetArgDisplayNames(r[0], r[2]));

    private static IEnumerable<TestCaseData> CharsetPages =>
        HtmlTestData.Rows("charset-pages.tsv").Select(r => new TestCaseData(r[0], r[1]).SetArgDisplayNames(r[0], r[2]));

    [TestCaseSource(nameof(BadPages))]
    public void A_bad_page_is_reported_with_its_error(string page, string error)
    {
        var bytes = File.ReadAllBytes(HtmlTestData.Page(page));

        var thrown = Assert.Throws(Is.InstanceOf<ExtractException>(), () => new HtmlReader().ReadArticle(bytes, page));

        Assert.That(thrown!.GetType().Name, Is.EqualTo(error));
        Assert.That(((ExtractException)thrown).SourcePath, Is.EqualTo(page));
        Assert.That(thrown.Message, Does.StartWith(page + ": "));
    }

    [TestCaseSource(nameof(BadPages))]
    public void A_bad_page_is_reported_the_same_through_the_document_reader(string page, string error)
    {
        var bytes = File.ReadAllBytes(HtmlTestData.Page(page));

        var thrown = Assert.Throws(Is.InstanceOf<ExtractException>(), () => new DocumentReader(HtmlTestData.WithHtml()).Read(bytes, page));

        Assert.That(thrown!.GetType().Name, Is.EqualTo(error));
    }

    [TestCaseSource(nameof(CharsetPages))]
    public void The_encoding_of_a_page_is_found(string page, string phrase)
    {
        var document = HtmlTestData.Read(page).Document;

        Assert.That(document.Text, Does.Contain(phrase));
        Assert.That(document.Text, Does.Not.Contain("\uFFFD"));
    }

    [Test]
    public void A_page_that_lies_about_its_charset_names_the_charset_it_declares()
    {
        var thrown = Assert.Throws<UnknownEncodingException>(() => HtmlTestData.Read("bad/gbk-declared-utf8.html"));

        Assert.That(thrown!.Problem, Does.Contain("\"utf-8\"").And.Contain("GBK"));
    }

    [TestCase("utf-7")]
    [TestCase("x-no-such-charset")]
    public void A_page_in_a_charset_that_cannot_be_read_is_an_unknown_encoding_naming_it(string charset)
    {
        // UTF-7 is a label .NET knows but refuses to decode (it is disabled for security).
        var page = Encoding.ASCII.GetBytes($"<html><head><meta charset=\"{charset}\"><title>t</title></head><body><p>+ZeVnLA- 2019 12 345</p></body></html>");

        var thrown = Assert.Throws<UnknownEncodingException>(() => new HtmlReader().ReadArticle(page, "page.html"));

        Assert.That(thrown!.Message, Does.Contain(charset).And.Contain("page.html"));
    }

    [Test]
    public void A_page_cut_off_in_the_middle_keeps_the_text_before_the_cut()
    {
        // A download that stopped in the middle of a paragraph, of its markup, and of a two-byte character.
        var bytes = File.ReadAllBytes(HtmlTestData.Page("whitepaper-2019.zh.trs-gb2312.html"));
        var complete = HtmlTestData.Read("whitepaper-2019.zh.trs-gb2312.html").Document;
        var cutAt = IndexOf(bytes, Encoding.GetEncoding("gbk").GetBytes("植物新品种国际登录")) + 1;

        var truncated = new HtmlReader().ReadArticle(bytes.AsMemory(0, cutAt), "truncated.html").Document;

        var paragraphs = truncated.Paragraphs.Select(p => p.Text).ToList();
        Assert.That(paragraphs[..^1], Is.EqualTo(complete.Paragraphs.Take(paragraphs.Count - 1).Select(p => p.Text)));
        Assert.That(paragraphs[^1], Does.EndWith("上海获得植物新品种授权27项,"));
        Assert.That(complete.Paragraphs.ElementAt(paragraphs.Count - 1).Text, Does.StartWith(paragraphs[^1]));
    }

    [Test]
    public void Truncated_markup_without_closing_tags_is_read()
    {
        var page = "<!DOCTYPE html><html><head><meta charset=utf-8><title>t</title></head><body><div class=\"article\"><h1>Press Release</h1><p>First paragraph, complete.<p>Second paragraph, cut off in <b>the mid";

        var document = new HtmlReader().ReadArticle(Encoding.UTF8.GetBytes(page), "cut.html").Document;

        Assert.That(document.Title, Is.EqualTo("Press Release"));
        Assert.That(document.Blocks.Skip(1).Select(b => b.Text), Is.EqualTo(new[] { "First paragraph, complete.", "Second paragraph, cut off in the mid" }));
    }

    [Test]
    public void A_bare_page_with_text_directly_in_its_body_is_read()
    {
        var page = "<html><body>First paragraph of a page written by hand, with no element around its text.<br><br>Second paragraph, after a double break.</body></html>";

        var document = new HtmlReader().ReadArticle(Encoding.UTF8.GetBytes(page), "bare.html").Document;

        Assert.That(document.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "First paragraph of a page written by hand, with no element around its text.", "Second paragraph, after a double break." }));
        Assert.That(document.Paragraphs.Select(p => p.Location.ElementPath), Has.All.EqualTo("html > body"));
    }

    [Test]
    public void Fifty_thousand_nested_divs_are_refused_with_a_nesting_error()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</body></html>";

        var thrown = Assert.Throws<MarkupTooDeepException>(() => new HtmlReader().ReadArticle(Encoding.UTF8.GetBytes(page), "deep.html"));

        Assert.That(thrown!.Limit, Is.EqualTo(HtmlReader.DefaultMaxNestingDepth));
        Assert.That(thrown.Depth, Is.GreaterThan(HtmlReader.DefaultMaxNestingDepth));
    }

    [Test]
    public void Nesting_within_the_limit_is_read_without_recursion()
    {
        const int depth = 900;
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep paragraph, still read.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var document = new HtmlReader().ReadArticle(Encoding.UTF8.GetBytes(page), "deep.html").Document;

        Assert.That(document.Paragraphs.Single().Text, Is.EqualTo("Deep paragraph, still read."));
        Assert.That(document.Paragraphs.Single().Location.ElementPath, Does.EndWith("div > p"));
    }

    [Test]
    public void A_stricter_nesting_limit_is_honoured()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "<p>Text.</p></body></html>";

        Assert.That(() => new HtmlReader { MaxNestingDepth = 32 }.ReadArticle(Encoding.UTF8.GetBytes(page), "deep.html"), Throws.InstanceOf<MarkupTooDeepException>());
    }

    [Test]
    public void A_page_over_the_size_limit_is_refused()
    {
        var bytes = File.ReadAllBytes(HtmlTestData.Page("whitepaper-2019.en.semantic.html"));
        var options = ReaderOptions.Default with { MaxInputBytes = 16 * 1024 };

        var thrown = Assert.Throws<DocumentTooLargeException>(() => new HtmlReader().ReadArticle(bytes, "big.html", options));

        Assert.That(thrown!.Size, Is.EqualTo(bytes.Length));
        Assert.That(thrown.Limit, Is.EqualTo(16 * 1024));
    }

    [Test]
    public void A_stream_over_the_size_limit_is_refused_without_reading_it_all()
    {
        using var stream = new EndlessPage();
        var options = ReaderOptions.Default with { MaxInputBytes = 1024 * 1024 };

        Assert.That(async () => await new HtmlReader().ReadArticleAsync(stream, "endless.html", options), Throws.InstanceOf<DocumentTooLargeException>());
        Assert.That(stream.BytesServed, Is.LessThan(2 * 1024 * 1024));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    // A page that never ends, as a hostile server would serve it.
    private sealed class EndlessPage : Stream
    {
        private static readonly byte[] Chunk = Encoding.UTF8.GetBytes("<p>Shanghai intellectual property, again and again.</p>\n");

        public long BytesServed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesServed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, Chunk.Length);
            Array.Copy(Chunk, 0, buffer, offset, n);
            BytesServed += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
