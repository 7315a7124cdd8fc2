using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Files built to make the reader do more than linear work: each reads to the expected text, or has the pages
/// that would cost too much left unread, named and with the reason.</summary>
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

    // Forms drawing each other 100 times over, three deep: a kilobyte that would expand to a million drawn texts.
    [TestCase("q /X Do Q ", 100, "drawn more than 100,000 times")]
    // A form of 20,000 bytes of text drawn 100 times: two megabytes of text on one page.
    [TestCase("BT /F1 1 Tf 0 400 Td (TEXT) Tj ET ", 100, "more than 1,048,576 bytes of text")]
    public void A_page_whose_forms_draw_too_much_is_not_read_and_the_next_page_is(string innermost, int times, string reason)
    {
        var fill = new string('x', 20_000);
        var deepest = innermost.Contains("TEXT", StringComparison.Ordinal)
            ? innermost.Replace("TEXT", fill, StringComparison.Ordinal)
            : "BT /F1 10 Tf 72 720 Td (Hello) Tj ET";
        var forms = innermost.Contains("TEXT", StringComparison.Ordinal) ? 1 : 3;
        var builder = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /Resources << /Font << /F1 4 0 R >> >> >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X 10 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes(Repeat("q /X Do Q ", times)), flate: true)
            // The second page inherits its resources from the page tree.
            .Object(6, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R >>")
            .Stream(7, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (The second page.) Tj ET"), flate: true);
        for (var f = 0; f < forms; f++)
        {
            var last = f == forms - 1;
            var resources = last ? "<< /Font << /F1 4 0 R >> >>" : $"<< /Font << /F1 4 0 R >> /XObject << /X {11 + f} 0 R >> >>";
            var content = last ? deepest : Repeat("q /X Do Q ", times);
            builder.Stream(10 + f, $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources {resources}", Encoding.ASCII.GetBytes(content), flate: true);
        }

        var document = Read(builder.Build());

        Assert.That(document.Text, Is.EqualTo("The second page."));
        Assert.That(document.UnreadPages.Single().Page, Is.EqualTo(1));
        Assert.That(document.UnreadPages.Single().Reason, Does.Contain(reason));
    }

    // Operations without a text object's end, then as many operators the parser does not know (damaged bytes read as
    // content): for each it looks back over all the operations, 1.6 billion steps, seconds.
    [Test]
    public void A_page_of_damaged_operators_is_not_read_and_the_next_page_is()
    {
        var damaged = "BT /F1 12 Tf 72 720 Td (Lost) Tj " + Repeat("1 0 Td ", 40_000) + Repeat("T6 ", 40_000) + "ET";
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /Resources << /Font << /F1 4 0 R >> >> >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes(damaged), flate: true)
            .Object(6, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R >>")
            .Stream(7, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (The second page.) Tj ET"), flate: true)
            .Build();

        var document = Read(bytes);

        Assert.That(document.Text, Is.EqualTo("The second page."));
        Assert.That(document.UnreadPages.Single().Page, Is.EqualTo(1));
        Assert.That(document.UnreadPages.Single().Reason, Does.Contain("content is damaged"));
    }

    [Test]
    public void A_page_with_a_few_damaged_operators_is_read()
    {
        var content = "BT /F1 12 Tf 72 720 Td (Kept) Tj " + Repeat("1 0 Td ", 1_000) + Repeat("T6 ", 100) + "ET";
        Assert.That(Read(OnePage("[0 0 595 842]", content)).Text, Is.EqualTo("Kept"));
    }

    [Test]
    public void Forms_that_draw_each_other_in_a_cycle_are_not_interpreted()
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /A 10 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("/A Do"))
            .Stream(10, "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /B 11 0 R >> >>", Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Form A) Tj ET /B Do"))
            .Stream(11, "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /A 10 0 R >> >>", Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 700 Td (Form B) Tj ET /A Do"))
            .Build();

        // Interpreted, the cycle overflows the stack, which ends the process.
        var error = Assert.Throws<MalformedPdfException>(() => Read(bytes))!;
        Assert.That(error.Message, Does.Contain("draw each other in a cycle"));
    }

    [Test]
    public void A_form_drawn_on_every_page_is_read_on_every_page()
    {
        // A stamp as one form, drawn once on each page (at different heights, so not a running header) beside the
        // page's own text; a string holding "/Head Do" is text, not a draw.
        var builder = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /Resources << /Font << /F1 4 0 R >> /XObject << /Head 10 0 R >> >> >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("q 1 0 0 1 0 -100 cm /Head Do Q BT /F1 12 Tf 72 600 Td (First page, see /Head Do) Tj ET"), flate: true)
            .Object(6, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R >>")
            .Stream(7, string.Empty, Encoding.ASCII.GetBytes("q 1 0 0 1 0 -400 cm /Head Do Q BT /F1 12 Tf 72 600 Td (Second page.) Tj ET"), flate: true)
            .Stream(10, "/Type /XObject /Subtype /Form /BBox [0 0 595 842]", Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 800 Td (Stamp) Tj ET"));

        var document = Read(builder.Build());

        Assert.That(document.UnreadPages, Is.Empty);
        Assert.That(document.Text.Split("Stamp").Length - 1, Is.EqualTo(2), "the form's text on both pages");
        Assert.That(document.Text, Does.Contain("First page, see /Head Do").And.Contain("Second page."));
    }

    // A damaged ToUnicode map of one range over four billion codes, compressed or not: PdfPig would expand it code
    // by code, for minutes and gigabytes.
    [TestCase(true)]
    [TestCase(false)]
    public void A_character_map_spanning_billions_of_codes_is_refused(bool compressed)
    {
        const string map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end";
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td <00010002> Tj ET"), flate: true)
            .Stream(6, string.Empty, Encoding.ASCII.GetBytes(map), flate: compressed)
            .Object(7, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>")
            .Object(8, "<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 860 /StemV 93 >>")
            .Build();

        var error = Assert.Throws<MalformedPdfException>(() => Read(bytes))!;
        Assert.That(error.Message, Does.Contain("character map's ranges span more than 1,048,576 codes"));
    }

    [Test]
    public void Character_maps_of_many_fonts_are_each_within_the_limit()
    {
        // Two fonts, each with a map of every two-byte code: together past the limit, each within it.
        const string map = "begincmap 1 beginbfrange <0000> <FFFF> <0041> endbfrange endcmap ";
        Assert.DoesNotThrow(() => Extract.Reading.Pdf.PdfPig.CMapGuard.Check(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(map, 20))), PdfLimits.Default.MaxCharacterMapCodes));
        Assert.Throws<Extract.Reading.Pdf.PdfPig.PdfLimitException>(() => Extract.Reading.Pdf.PdfPig.CMapGuard.Check(Encoding.ASCII.GetBytes("begincmap 1 beginbfrange <000000> <FFFFFF> <0041> endbfrange endcmap"), PdfLimits.Default.MaxCharacterMapCodes));
    }

    // A glyph of 20 bytes cannot describe 60,000 points (PdfPig would allocate for them, for every such glyph).
    [TestCase(59_999, true)]
    [TestCase(3, false)]
    public void A_truetype_glyph_claiming_more_points_than_its_bytes_hold_is_refused(int lastPoint, bool refused)
    {
        var program = TrueType(glyphBytes: 20, lastPoint);
        void Check() => Extract.Reading.Pdf.PdfPig.TrueTypeGuard.Check(program);

        if (refused)
        {
            var error = Assert.Throws<Extract.Reading.Pdf.PdfPig.PdfLimitException>(Check)!;
            Assert.That(error.Message, Does.Contain("glyph 0 claims 60,000 points in 20 bytes"));
        }
        else
        {
            Assert.DoesNotThrow(Check);
        }
    }

    // A TrueType program of the four tables the check reads: head (short offsets), maxp (one glyph), loca, glyf.
    private static byte[] TrueType(int glyphBytes, int lastPoint)
    {
        var head = new byte[54];
        var maxp = new byte[6];
        maxp[5] = 1;
        var loca = new byte[] { 0, 0, 0, (byte)(glyphBytes / 2) };
        var glyf = new byte[glyphBytes];
        glyf[1] = 1;
        glyf[10] = (byte)(lastPoint >> 8);
        glyf[11] = (byte)lastPoint;
        var tables = new (string Tag, byte[] Data)[] { ("head", head), ("maxp", maxp), ("loca", loca), ("glyf", glyf) };
        var program = new List<byte> { 0, 1, 0, 0, 0, (byte)tables.Length, 0, 0, 0, 0, 0, 0 };
        var offset = 12 + (16 * tables.Length);
        foreach (var (tag, data) in tables)
        {
            program.AddRange(Encoding.ASCII.GetBytes(tag));
            program.AddRange(new byte[4]);
            program.AddRange(new[] { (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset });
            program.AddRange(new[] { (byte)0, (byte)0, (byte)(data.Length >> 8), (byte)data.Length });
            offset += data.Length;
        }

        foreach (var (_, data) in tables)
        {
            program.AddRange(data);
        }

        return [.. program];
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

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
