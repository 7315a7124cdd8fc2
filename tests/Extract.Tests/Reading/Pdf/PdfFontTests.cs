using System.Text;
using Extract.Reading.Pdf.Fonts;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

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

    [TestCaseSource(nameof(GlyphNames))]
    public void Glyph_names_map_to_their_text(string name, string text) =>
        Assert.That(Extract.Reading.Pdf.Fonts.GlyphNames.ToUnicode(name), Is.EqualTo(text));

    [TestCase("41", "A")]
    [TestCase("8001", "上海")]
    [TestCase("9000", "⼈")]
    [TestCase("9002", "⼊")]
    [TestCase("9100", "f")]
    [TestCase("9101", "fi")]
    [TestCase("21", "!")]
    [TestCase("A001", "😁")]
    public void ToUnicode_maps_chars_and_ranges(string code, string text)
    {
        var map = CMap.Parse(Encoding.ASCII.GetBytes(ToUnicode));
        var bytes = Convert.FromHexString(code);
        var length = map.ReadCode(bytes, out var value);
        Assert.Multiple(() =>
        {
            Assert.That(length, Is.EqualTo(bytes.Length), "the codespace ranges say how long the code is");
            Assert.That(map.Lookup(value, length), Is.EqualTo(text));
        });
    }

    [Test]
    public void Codes_split_by_one_and_two_byte_codespace_ranges()
    {
        var map = CMap.Parse(Encoding.ASCII.GetBytes(ToUnicode));
        var bytes = Convert.FromHexString("41800141");
        var codes = new List<string>();
        for (var i = 0; i < bytes.Length;)
        {
            var length = map.ReadCode(bytes.AsSpan(i), out var code);
            codes.Add(map.Lookup(code, length)!);
            i += length;
        }

        Assert.That(codes, Is.EqualTo(new[] { "A", "上海", "A" }));
    }

    [TestCase("\u2F08\u2EA0", "人民")]
    [TestCase("\u2EC5\u2EC6\u2ED3\u2ED4\u2ED8\u2EDC\u2EEC", "见角长门青飞齐")]
    [TestCase("\uFB01nance", "finance")]
    [TestCase("上海", "上海")]
    public void Radicals_and_ligatures_become_the_characters_they_stand_for(string mapped, string text) =>
        Assert.That(UnicodeFixes.Apply(mapped), Is.EqualTo(text));
}
