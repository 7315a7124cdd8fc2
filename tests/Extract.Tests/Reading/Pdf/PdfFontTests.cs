using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

/// <summary>How codes become text: glyph names in an encoding's /Differences, ToUnicode maps with one- and two-byte
/// codespaces, and the repairs of what producers put in those maps.</summary>
[TestFixture]
public class PdfFontTests
{
    private const string ToUnicode = """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
        2 beginbfchar <41> <0041> <8001> <4E0A6D77> endbfchar
        3 beginbfrange <9000> <9002> <2F08> <9100> <9101> [<0066> <00660069>] <20> <21> <0020> endbfrange
        1 beginbfrange <A000> <A001> <D83DDE00> endbfrange
        endcmap
        """;

    public static IEnumerable<TestCaseData> GlyphNames() =>
        File.ReadLines(TestData.Fixture("pdf", "glyph-names.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(r => new TestCaseData(r[0], r[1]).SetArgDisplayNames(r[0]));

    // The glyph is the middle of three: the text is read between two letters, so that a space glyph stays a space.
    [TestCaseSource(nameof(GlyphNames))]
    public void Glyph_names_in_differences_map_to_their_text(string name, string text)
    {
        var font = $"<< /Type /Font /Subtype /Type1 /BaseFont /Custom /FirstChar 65 /LastChar 67 /Widths [600 600 600] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [66 /{name}] >> >>";
        var bytes = OnePage("BT /F1 12 Tf 72 720 Td (ABC) Tj ET", font);
        Assert.That(Read(bytes).Text, Is.EqualTo("A" + text + "C"));
    }

    [TestCase("41", "A")]
    [TestCase("8001", "上海")]
    [TestCase("9000", "人")]
    [TestCase("9002", "入")]
    [TestCase("9100", "f")]
    [TestCase("9101", "fi")]
    [TestCase("21", "!")]
    [TestCase("A001", "😁")]
    public void ToUnicode_maps_chars_and_ranges(string code, string text) =>
        Assert.That(ReadCodes(code), Is.EqualTo("A" + text));

    [Test]
    public void Codes_split_by_one_and_two_byte_codespace_ranges() =>
        Assert.That(ReadCodes("41800141"), Is.EqualTo("AA上海A"));

    [TestCase("\u2F08\u2EA0", "人民")]
    [TestCase("\u2EC5\u2EC6\u2ED3\u2ED4\u2ED8\u2EDC\u2EEC", "见角长门青飞齐")]
    [TestCase("\uFB01nance", "finance")]
    [TestCase("上海", "上海")]
    public void Radicals_and_ligatures_become_the_characters_they_stand_for(string mapped, string text) =>
        Assert.That(UnicodeFixes.Apply(mapped), Is.EqualTo(text));

    // Codes after an "A" (code 41), shown in a Type0 font with the ToUnicode map above.
    private static string ReadCodes(string hex)
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type0 /BaseFont /Mixed /Encoding 7 0 R /ToUnicode 6 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Mixed /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /Mixed /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td <41{hex}> Tj ET"))
            .Stream(6, string.Empty, Encoding.ASCII.GetBytes(ToUnicode))
            .Stream(7, "/Type /CMap /CMapName /Mixed /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>", Encoding.ASCII.GetBytes("""
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
                2 begincidrange <00> <7F> 0 <8000> <FFFF> 128 endcidrange
                endcmap
                """))
            .Build();
        return Read(bytes).Text.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static byte[] OnePage(string content, string font) => new PdfBuilder()
        .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
        .Object(4, font)
        .Stream(5, string.Empty, Encoding.Latin1.GetBytes(content))
        .Build();

    private static Extract.Documents.Document Read(byte[] bytes) =>
        new PdfReader().Read(bytes, "fonts.pdf", ReaderOptions.Default, CancellationToken.None);
}
