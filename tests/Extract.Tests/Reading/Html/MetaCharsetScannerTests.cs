using System.Text;
using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>The charset a page declares is found in its head before it is decoded.</summary>
[TestFixture]
public class MetaCharsetScannerTests
{
    private static IEnumerable<TestCaseData> Heads =>
        HtmlTestData.Rows("meta-charsets.tsv").Select(r => new TestCaseData(r[0], r[1] == "-" ? null : r[1]).SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(Heads))]
    public void The_declared_charset_is_found(string head, string? charset)
    {
        Assert.That(MetaCharsetScanner.FindDeclaredCharset(Encoding.ASCII.GetBytes("<!DOCTYPE html><html><head>" + head)), Is.EqualTo(charset));
    }

    [TestCase("gb2312", 54936)]
    [TestCase("gbk", 54936)]
    [TestCase("x-gbk", 54936)]
    [TestCase("gb18030", 54936)]
    [TestCase("utf-8", 65001)]
    [TestCase("big5", 950)]
    [TestCase("iso-8859-1", 1252)]
    public void A_charset_label_names_a_strict_encoding(string label, int codePage)
    {
        var encoding = HtmlDecoder.EncodingFor(label);

        Assert.That(encoding!.CodePage, Is.EqualTo(codePage));
        Assert.That(encoding.DecoderFallback, Is.InstanceOf<DecoderExceptionFallback>());
    }

    [Test]
    public void An_unknown_charset_label_is_reported()
    {
        var page = Encoding.ASCII.GetBytes("<html><head><meta charset=\"x-klingon\"></head><body><p>Text.</p></body></html>");

        var thrown = Assert.Throws<UnknownEncodingException>(() => new HtmlReader().ReadArticle(page, "klingon.html"));

        Assert.That(thrown!.Problem, Does.Contain("x-klingon"));
    }
}
