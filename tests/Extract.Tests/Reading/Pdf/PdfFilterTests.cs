using System.Globalization;
using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Content streams encoded with each filter PDF defines for data (ISO 32000-1 7.4), read to their text.</summary>
[TestFixture]
public class PdfFilterTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        File.ReadLines(TestData.Fixture("pdf", "filters.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(r => new TestCaseData(r[0], r[1], r[2], r[3]).SetArgDisplayNames(r[0], r[3]));

    [TestCaseSource(nameof(Cases))]
    public void Filter_decodes_its_content_stream(string filter, string encoded, string decoded, string text)
    {
        Assert.That(Encoding.Latin1.GetString(Unescape(decoded)), Does.Contain("(" + text + ")"), "the case is consistent");
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, $"/Filter /{filter}", Unescape(encoded))
            .Build();
        Assert.That(Read(bytes).Text, Is.EqualTo(text));
    }

    [Test]
    public void Filters_chain_in_the_order_listed()
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Chained filters) Tj ET");
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(PdfBuilder.Deflate(content)) + ">");
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, "/Filter [/ASCIIHexDecode /FlateDecode]", hex)
            .Build();
        Assert.That(Read(bytes).Text, Is.EqualTo("Chained filters"));
    }

    [Test]
    public void Png_predictors_are_undone_row_by_row()
    {
        // Rows of 8 bytes, each with the PNG "Up" predictor (each byte the difference from the one above).
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Predicted rows.) Tj ET     ");
        const int columns = 8;
        var predicted = new List<byte>();
        var previous = new byte[columns];
        for (var row = 0; row * columns < content.Length; row++)
        {
            predicted.Add(2);
            for (var c = 0; c < columns; c++)
            {
                var value = row * columns + c < content.Length ? content[(row * columns) + c] : (byte)' ';
                predicted.Add((byte)(value - previous[c]));
                previous[c] = value;
            }
        }

        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, $"/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns {columns} >>", PdfBuilder.Deflate([.. predicted]))
            .Build();
        Assert.That(Read(bytes).Text, Is.EqualTo("Predicted rows."));
    }

    // Damaged data in each filter: the page is not read, and the reason names the filter, not where PdfPig failed.
    [TestCase("/Filter /LZWDecode", "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff", "/LZWDecode")]
    [TestCase("/Filter /RunLengthDecode", "\u00ff", "/RunLengthDecode")]
    [TestCase("/Filter /ASCIIHexDecode", "GGGG", "/ASCIIHexDecode")]
    public void A_stream_that_cannot_be_decoded_names_its_filter(string entries, string data, string filter)
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, entries, Encoding.Latin1.GetBytes(data))
            .Object(6, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>")
            .Stream(7, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Second page.) Tj ET"))
            .Build();

        var document = Read(bytes);

        Assert.That(document.Text, Is.EqualTo("Second page."));
        Assert.That(document.UnreadPages.Single().Page, Is.EqualTo(1));
        Assert.That(document.UnreadPages.Single().Reason, Does.StartWith("a stream cannot be decoded: " + filter + " fails"));
    }

    private static Extract.Documents.Document Read(byte[] bytes) =>
        new PdfReader().Read(bytes, "filters.pdf", ReaderOptions.Default, CancellationToken.None);

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
