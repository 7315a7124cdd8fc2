using Extract.Reading;
using Extract.Reading.Pdf;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Chinese text in CID fonts without a ToUnicode map, on files written by <see cref="PdfBuilder.ChineseCidFont"/>:
/// a non-embedded STSong-Light with the predefined UniGB-UCS2-H CMap, and Identity-H with Adobe-GB1 CIDs, both decoded
/// through the collection's published maps; Identity-H with CIDs of the font's own is undecodable.</summary>
[TestFixture]
public class PdfChineseFontTests
{
    private const string Sentence = "上海专利申请量17.36万件";

    [Test]
    public void A_non_embedded_stsong_light_with_unigb_ucs2_h_reads_without_tounicode()
    {
        var codes = string.Concat(Sentence.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        var bytes = PdfBuilder.ChineseCidFont("UniGB-UCS2-H", "STSong-Light", "GB1", codes).Build();
        Assert.That(Read(bytes), Is.EqualTo(Sentence));
        AssertPopplerAgrees(bytes, Sentence);
    }

    [Test]
    public void Identity_h_with_adobe_gb1_cids_reads_without_tounicode()
    {
        var bytes = PdfBuilder.ChineseCidFont("Identity-H", "SimSun", "GB1", Cids(Sentence)).Build();
        Assert.That(Read(bytes), Is.EqualTo(Sentence));
        AssertPopplerAgrees(bytes, Sentence);
    }

    [Test]
    public void Identity_h_with_cids_of_the_fonts_own_is_an_unusable_text_layer()
    {
        // The same codes, but nothing says which characters the CIDs are.
        var bytes = PdfBuilder.ChineseCidFont("Identity-H", "AAAAAA+SimSun", "Identity", Cids(Sentence)).Build();
        var error = Assert.Throws<UnusableTextLayerException>(() => Read(bytes));
        Assert.That(error!.Page, Is.EqualTo(1));
    }

    private static string Cids(string text)
    {
        var cids = File.ReadLines(TestData.Fixture("pdf", "adobe-gb1-cids.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToDictionary(r => r[0][0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        return string.Concat(text.Select(c => cids[c].ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Read(byte[] bytes) =>
        new PdfReader().Read(bytes, "chinese.pdf", ReaderOptions.Default, CancellationToken.None).Text;

    // poppler, with the Adobe CMaps of poppler-data, is an independent decoder of the same file.
    private static void AssertPopplerAgrees(byte[] bytes, string expected)
    {
        if (!File.Exists("/usr/share/poppler/cMap/Adobe-GB1/UniGB-UCS2-H"))
        {
            return;
        }

        string text;
        try
        {
            text = new PdftotextReader().Extract(bytes, "chinese.pdf", CancellationToken.None);
        }
        catch (PdfToolException)
        {
            return;
        }

        Assert.That(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), Is.EqualTo(expected), "pdftotext reads the file the same");
    }
}
