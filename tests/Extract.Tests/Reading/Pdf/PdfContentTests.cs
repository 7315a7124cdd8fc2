using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Content streams and fonts, on one-page files written by <see cref="PdfBuilder"/>.</summary>
[TestFixture]
public class PdfContentTests
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    [TestCase("BT /F1 12 Tf 72 720 Td [(Patent)-300(filings)] TJ ET", "Patent filings")]
    [TestCase("BT /F1 12 Tf 72 720 Td [(173,)10(600)] TJ ET", "173,600")]
    [TestCase("BT /F1 12 Tf 72 720 Td (100 000) Tj ET", "100 000")]
    [TestCase("BT /F1 12 Tf 72 720 Td 3 Tw (word spacing) Tj ET", "word spacing")]
    [TestCase("BT /F1 12 Tf 14 TL 72 720 Td (first line,) Tj T* (next line.) Tj ET", "first line, next line.")]
    [TestCase("BT /F1 12 Tf 72 720 Td (one) Tj 0 -14 TD (two) Tj T* (three.) Tj ET", "one two three.")]
    [TestCase("BT /F1 12 Tf 14 TL 72 720 Td (quoted line,) Tj (next line.) ' ET", "quoted line, next line.")]
    [TestCase("BT /F1 12 Tf 1 0 0 1 72 720 Tm (A) Tj 1 0 0 1 90 720 Tm (B) Tj ET", "A B")]
    [TestCase("q 1 0 0 1 100 0 cm BT /F1 12 Tf 72 720 Td (moved) Tj ET Q", "moved")]
    [TestCase("BT /F1 12 Tf 72 720 Td (before) Tj ET BI /W 2 /H 1 /BPC 8 /CS /G ID \u00FF\u0000EI\u00FF\u00FF EI BT /F1 12 Tf 72 706 Td (after.) Tj ET", "before after.")]
    [TestCase("BT /F1 12 Tf 72 720 Td /Span << /ActualText (E-commerce) >> BDC (Ecom) Tj EMC ( law.) Tj ET", "E-commerce law.")]
    [TestCase("BT /F1 12 Tf 72 720 Td 3 Tr (hidden) Tj 0 Tr ( shown) Tj ET", "hidden shown")]
    [TestCase("BT /F1 12 Tf 72 720 Td (Patents) Tj 5 Ts /F1 7 Tf (1) Tj 0 Ts /F1 12 Tf ( were granted,) Tj 0 -14 Td (and more.) Tj ET", "Patents1 were granted, and more.")]
    [TestCase("q 0 1 -1 0 595 0 cm BT /F1 12 Tf 72 300 Td (Rotated page,) Tj 0 -14 Td (line two.) Tj ET Q", "Rotated page, line two.")]
    [TestCase("q -1 0 0 -1 595 842 cm BT /F1 12 Tf 72 300 Td (Upside down,) Tj 0 -14 Td (line two.) Tj ET Q", "Upside down, line two.")]
    [TestCase("BT /F1 12 Tf 72 720 Td (Level text.) Tj ET BT /F1 12 Tf 0.7 0.7 -0.7 0.7 300 300 Tm (Skewed stamp) Tj ET", "Level text.")]
    public void Content_operators_place_the_text(string content, string expected)
    {
        var bytes = OnePage(content, Helvetica);
        Assert.That(Read(bytes).Text, Is.EqualTo(expected));
    }

    [Test]
    public void Form_xobjects_draw_their_text_once_each_time_they_are_used()
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm1 6 0 R >> >> /Contents 5 0 R >>")
            .Object(4, Helvetica)
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("q 1 0 0 1 0 0 cm /Fm1 Do Q q 1 0 0 1 0 -14 cm /Fm1 Do Q /Fm1 Do"))
            .Stream(6, "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 0] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 6 0 R >> >>", Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Form text) Tj ET /Fm1 Do"))
            .Build();
        // Drawn at 720 and 706; the third use draws over the first; the form's use of itself is not followed.
        Assert.That(Read(bytes).Text, Is.EqualTo("Form text Form text"));
    }

    [Test]
    public void Table_cells_keep_their_columns_and_wrapped_text()
    {
        string Row(double y, params (double X, string Text)[] cells) =>
            string.Concat(cells.Select(c => $"BT /F1 10 Tf {c.X} {y} Td ({c.Text}) Tj ET\n"));
        var content = Row(700, (72, "Indicator"), (250, "2019"), (350, "Unit"), (450, "Change"))
            + Row(680, (72, "Patent filings"), (250, "173,600"), (350, "items"), (450, "+15.54%"))
            + Row(660, (72, "Products protected by"), (250, "8"), (350, "items"))
            + Row(648, (72, "geographical indication"))
            + Row(628, (72, "PCT filings"), (250, "3,200"), (350, "items"), (450, "+28%"))
            + Row(590, (72, "Source: the white paper."));
        var document = Read(OnePage(content, Helvetica));
        var table = document.Blocks.OfType<Extract.Documents.Table>().Single();
        var rows = table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(new[]
            {
                "Indicator|2019|Unit|Change",
                "Patent filings|173,600|items|+15.54%",
                "Products protected by geographical indication|8|items|",
                "PCT filings|3,200|items|+28%",
            }));
            Assert.That(document.Blocks[^1].Text, Is.EqualTo("Source: the white paper."));
        });
    }

    [Test]
    public void Differences_name_the_glyphs_of_codes()
    {
        var font = "<< /Type /Font /Subtype /Type1 /BaseFont /Custom /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /eacute /quoteright 200 /uni4E0A] >> >>";
        var bytes = OnePage("BT /F1 12 Tf 72 720 Td (caf\\101 d\\102arcy \\310) Tj ET", font);
        Assert.That(Read(bytes).Text, Is.EqualTo("café d’arcy 上"));
    }

    [TestCase("/UniGB-UCS2-H", "<4E0A6D77>", "上海")]
    [TestCase("/UniGB-UTF16-H", "<4E0A6D77>", "上海")]
    [TestCase("/GBK-EUC-H", "<C9CFBAA3>", "上海")]
    [TestCase("/GBK-EUC-H", "<32303139C4EA>", "2019年")]
    public void Predefined_chinese_cmaps_decode_without_tounicode(string encoding, string text, string expected)
    {
        var font = $"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding {encoding} /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor << /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>";
        var bytes = OnePage($"BT /F1 12 Tf 72 720 Td {text} Tj ET", font);
        Assert.That(Read(bytes).Text, Is.EqualTo(expected));
    }

    [Test]
    public void Identity_h_with_tounicode_decodes_two_byte_codes_and_uses_w_widths()
    {
        var cmap = "/CIDInit /ProcSet findresource begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 3 beginbfchar <0001> <4E0A> <0002> <6D77> <0003> <0031> endbfchar endcmap";
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+UMing /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+UMing /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /AAAAAA+UMing /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 /W [3 [500]] >>] >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td <000100020003000300030003> Tj ET"))
            .Stream(6, string.Empty, Encoding.ASCII.GetBytes(cmap), flate: true)
            .Build();
        // Four half-width digits at 6 points each: no gap, so no space inside the number.
        Assert.That(Read(bytes).Text, Is.EqualTo("上海1111"));
    }

    [Test]
    public void Identity_v_columns_read_top_to_bottom_from_the_right()
    {
        var cmap = "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 4 beginbfchar <0001> <4E0A> <0002> <6D77> <0003> <77E5> <0004> <8BC6> endbfchar endcmap";
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-V /ToUnicode 6 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 1 0 0 1 500 700 Tm <00010002> Tj 1 0 0 1 480 700 Tm <00030004> Tj ET"))
            .Stream(6, string.Empty, Encoding.ASCII.GetBytes(cmap))
            .Build();
        Assert.That(Read(bytes).Text, Is.EqualTo("上海知识"));
    }

    [Test]
    public void Identity_h_without_tounicode_is_an_unusable_text_layer()
    {
        var font = "<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+UMing /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+UMing /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /AAAAAA+UMing /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>";
        var bytes = OnePage("BT /F1 12 Tf 72 720 Td <0F3A0B2201170E55> Tj ET", font);
        Assert.Throws<UnusableTextLayerException>(() => Read(bytes));
    }

    [Test]
    public void Han_characters_spaced_out_by_justification_keep_no_spaces()
    {
        var cmap = "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 4 beginbfchar <0001> <518C> <0002> <91CF> <0003> <8FBE> <0004> <5230> endbfchar endcmap";
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type0 /BaseFont /Noto /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Noto /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /Noto /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 4 Tc 72 720 Td <0001000200030004> Tj ET"))
            .Stream(6, string.Empty, Encoding.ASCII.GetBytes(cmap))
            .Build();
        Assert.That(Read(bytes).Text, Is.EqualTo("册量达到"));
    }

    private static byte[] OnePage(string content, string font) => new PdfBuilder()
        .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
        .Object(4, font)
        .Stream(5, string.Empty, Encoding.Latin1.GetBytes(content))
        .Build();

    private static Extract.Documents.Document Read(byte[] bytes) =>
        new PdfReader().Read(bytes, "content.pdf", ReaderOptions.Default, CancellationToken.None);
}
