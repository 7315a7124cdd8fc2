using System.Text;
using Extract.Reading.Text;

namespace Extract.Tests.Reading.Text;

[TestFixture]
public class TextDecoderTests
{
    private const string Chinese = "2019年,上海专利申请量17.36万件,同比增长15.54%。";

    private static IEnumerable<TestCaseData> UnicodeEncodings()
    {
        yield return new TestCaseData(new UTF8Encoding(true), "utf-8").SetName("UTF-8 with a byte order mark");
        yield return new TestCaseData(new UTF8Encoding(false), "utf-8").SetName("UTF-8 without a byte order mark");
        yield return new TestCaseData(new UnicodeEncoding(false, true), "utf-16").SetName("UTF-16 little-endian with a byte order mark");
        yield return new TestCaseData(new UnicodeEncoding(true, true), "utf-16BE").SetName("UTF-16 big-endian with a byte order mark");
        yield return new TestCaseData(new UnicodeEncoding(false, false), "utf-16").SetName("UTF-16 little-endian without a byte order mark");
        yield return new TestCaseData(new UnicodeEncoding(true, false), "utf-16BE").SetName("UTF-16 big-endian without a byte order mark");
        yield return new TestCaseData(new UTF32Encoding(false, true), "utf-32").SetName("UTF-32 with a byte order mark");
    }

    [TestCaseSource(nameof(UnicodeEncodings))]
    public void Decodes_unicode_text(Encoding encoding, string expectedName)
    {
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Chinese)).ToArray();

        var decoded = TextDecoder.Decode(bytes, "case.txt");

        Assert.That(decoded.Text, Is.EqualTo(Chinese));
        Assert.That(decoded.Encoding.WebName, Is.EqualTo(expectedName).IgnoreCase);
    }

    [Test]
    public void Decodes_gbk_text_of_the_2019_white_paper()
    {
        var text = File.ReadAllText(TestData.Sample("whitepaper-2019.zh-en.txt"));
        var gbk = TextDecoder.GetGb18030().GetBytes(text);

        var decoded = TextDecoder.Decode(gbk, "gbk.txt");

        Assert.That(decoded.Text, Is.EqualTo(text));
        Assert.That(decoded.Encoding.CodePage, Is.EqualTo(TextDecoder.Gb18030CodePage));
    }

    [Test]
    public void Refuses_bytes_that_are_neither_utf8_nor_gb18030()
    {
        // 0x80 and 0xFF cannot start a GB18030 character, and these sequences are not UTF-8 either.
        byte[] bytes = [.. "Report "u8, 0x80, 0xFF, 0x80, 0xFF, .. " end"u8];

        var error = Assert.Throws<UnknownEncodingException>(() => TextDecoder.Decode(bytes, "broken.txt"));

        Assert.That(error!.Message, Does.StartWith("broken.txt: ").And.Contain("not valid UTF-8"));
    }

    [Test]
    public void Refuses_binary_data()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0];

        var error = Assert.Throws<BinaryContentException>(() => TextDecoder.Decode(png, "image.png"));

        Assert.That(error!.SourcePath, Is.EqualTo("image.png"));
    }

    [Test]
    public void Refuses_text_full_of_control_characters()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ab\u0001\u0002\u0003", 50)));

        Assert.Throws<BinaryContentException>(() => TextDecoder.Decode(bytes, "control.bin"));
    }

    [TestCase(new byte[0], TestName = "An empty file is empty")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, TestName = "A file with only a byte order mark is empty")]
    [TestCase(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, TestName = "A file of white space is empty")]
    public void Reports_an_empty_document(byte[] bytes)
    {
        var error = Assert.Throws<EmptyDocumentException>(() => TextDecoder.Decode(bytes, "empty.txt"));

        Assert.That(error!.Message, Does.StartWith("empty.txt: "));
    }
}
