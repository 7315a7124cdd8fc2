using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;

namespace Extract.Tests.Reading.Pdf;

/// <summary>PDF syntax (ISO 32000-1 7.3) as it reaches the text: string escapes, hexadecimal strings, name escapes,
/// numbers and comments in content streams and dictionaries.</summary>
[TestFixture]
public class PdfSyntaxTests
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    [TestCase("(a\\(b\\)c)", "a(b)c")]
    [TestCase("(\\101\\102)", "AB")]
    [TestCase("(nested (parens) kept)", "nested (parens) kept")]
    [TestCase("(split \\\nline)", "split line")]
    [TestCase("<48656C6C6F>", "Hello")]
    [TestCase("<48 65 6>", "He`")]
    public void Strings_are_decoded(string syntax, string text) =>
        Assert.That(Read(OnePage($"BT /F1 12 Tf 72 720 Td {syntax} Tj ET", "/F1", Helvetica)).Text, Is.EqualTo(text));

    [TestCase("/F#31", "/F1")]
    [TestCase("/#46#6f#6E#74", "/Font")]
    [TestCase("/F1", "/F#31")]
    public void Resource_names_resolve_their_escapes(string inContent, string inResources) =>
        // The content names the font one way, the resources the other.
        Assert.That(Read(OnePage($"BT {inContent} 12 Tf 72 720 Td (Named font) Tj ET", inResources, Helvetica)).Text, Is.EqualTo("Named font"));

    [TestCase("72 720 Td", "+72 720.0 Td")]
    [TestCase("72 720 Td", ".72E2 720 Td")]
    [TestCase("72 720 Td", "72 % a comment\n720 Td")]
    public void Numbers_and_comments_in_content_place_text_as_written(string plain, string written)
    {
        var a = Read(OnePage($"BT /F1 12 Tf {plain} (First.) Tj ET BT /F1 12 Tf 72 680 Td (Second.) Tj ET", "/F1", Helvetica));
        var b = Read(OnePage($"BT /F1 12 Tf {written} (First.) Tj ET BT /F1 12 Tf 72 680 Td (Second.) Tj ET", "/F1", Helvetica));
        Assert.That(b.Text, Is.EqualTo(a.Text));
    }

    [Test]
    public void Dictionaries_with_comments_references_and_nested_dictionaries_are_read()
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog % the catalog\n /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.3 841.9] /Resources << /Font << /F1 4 0 R >> /Junk << /A true /B null /C [(x) <78>] >> >> /Contents 5 0 R >>")
            .Object(4, Helvetica)
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Read through.) Tj ET"))
            .Build();
        Assert.That(Read(bytes).Text, Is.EqualTo("Read through."));
    }

    private static byte[] OnePage(string content, string resourceName, string font) => new PdfBuilder()
        .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {resourceName} 4 0 R >> >> /Contents 5 0 R >>")
        .Object(4, font)
        .Stream(5, string.Empty, Encoding.Latin1.GetBytes(content))
        .Build();

    private static Extract.Documents.Document Read(byte[] bytes) =>
        new PdfReader().Read(bytes, "syntax.pdf", ReaderOptions.Default, CancellationToken.None);
}
