using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Files built to make the layout stage do more than linear work: each reads to the expected text.</summary>
[TestFixture]
public class PdfPathologyTests
{
    private const string Name = "generated.pdf";

    [Test]
    public void One_line_of_a_hundred_thousand_glyphs_is_one_line()
    {
        var text = new StringBuilder(100_000);
        for (var i = 0; i < 100_000; i++)
        {
            text.Append((char)('a' + (i % 26)));
        }

        var bytes = OnePage("[0 0 595 842]", $"BT /F1 1 Tf 0 400 Td ({text}) Tj ET");
        Assert.That(Read(bytes).Text, Is.EqualTo(text.ToString()));
    }

    [Test]
    public void A_page_four_billion_points_wide_is_read_in_one_column()
    {
        var content = new StringBuilder("BT /F1 12 Tf 72 720 Td 14 TL\n");
        for (var i = 0; i < 40; i++)
        {
            content.Append("(Line ").Append(i).Append(") Tj T*\n");
        }

        content.Append("ET");
        var text = Read(OnePage("[4294967296 0 612 792]", content.ToString())).Text;
        Assert.That(text, Does.StartWith("Line 0 Line 1 Line 2").And.EndWith("Line 39"));
    }

    private static byte[] OnePage(string mediaBox, string content) => new PdfBuilder()
        .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox {mediaBox} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
        .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        .Stream(5, string.Empty, Encoding.ASCII.GetBytes(content), flate: true)
        .Build();

    private static Extract.Documents.Document Read(byte[] bytes) =>
        new PdfReader().Read(bytes, Name, ReaderOptions.Default, CancellationToken.None);
}
