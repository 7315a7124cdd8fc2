using System.Globalization;
using System.Text;
using Extract.Reading.Pdf;
using Extract.Reading.Pdf.Filters;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

[TestFixture]
public class PdfFilterTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        File.ReadLines(TestData.Fixture("pdf", "filters.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(r => new TestCaseData(r[0], r[1], r[2]).SetArgDisplayNames(r[0], r[2]));

    [TestCaseSource(nameof(Cases))]
    public void Filter_decodes_its_data(string filter, string encoded, string decoded)
    {
        var stream = new PdfStream(new PdfDictionary(new() { ["Filter"] = new PdfName(filter) }), Unescape(encoded));
        var result = StreamDecoder.Decode(stream, o => o, new DecodeBudget(1 << 20, 1 << 20));
        Assert.That(result, Is.EqualTo(Unescape(decoded)));
    }

    [Test]
    public void Image_filters_are_not_decoded()
    {
        var stream = new PdfStream(new PdfDictionary(new() { ["Filter"] = new PdfName("DCTDecode") }), new byte[] { 0xFF, 0xD8 });
        Assert.That(StreamDecoder.Decode(stream, o => o, new DecodeBudget(1 << 20, 1 << 20)), Is.Null);
    }

    [Test]
    public void Png_predictors_are_undone_row_by_row()
    {
        // Row 1 "Sub" (each byte adds the one to its left), row 2 "Up" (adds the byte above).
        byte[] encoded = [1, 1, 1, 1, 2, 1, 1, 1];
        Assert.That(Predictor.Undo(encoded, 12, 1, 8, 3), Is.EqualTo(new byte[] { 1, 2, 3, 2, 3, 4 }));
    }

    [Test]
    public void Decoding_beyond_the_stream_budget_fails()
    {
        var stream = new PdfStream(new PdfDictionary(new() { ["Filter"] = new PdfName("RunLengthDecode") }), new byte[] { 0x81, (byte)'x', 0x81, (byte)'y', 0x80 });
        Assert.That(() => StreamDecoder.Decode(stream, o => o, new DecodeBudget(200, 1 << 20)), Throws.InstanceOf<PdfFormatException>());
    }

    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }
}
