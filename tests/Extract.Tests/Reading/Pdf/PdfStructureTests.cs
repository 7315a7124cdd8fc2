using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Pdf;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

/// <summary>The file structures of the corpus's qpdf variants (object and cross-reference streams, linearization,
/// incremental updates, encryption) give the text of the file they were made from.</summary>
[TestFixture]
public class PdfStructureTests
{
    [TestCase("wp2019-zh.objstm.pdf", "wp2019-zh.pdf", null)]
    [TestCase("wp2019-en.linearized.pdf", "wp2019-en.pdf", null)]
    [TestCase("wp2019-zh.rc4-128.pdf", "wp2019-zh.pdf", null)]
    [TestCase("wp2019-zh.aes128.pdf", "wp2019-zh.pdf", null)]
    [TestCase("wp2019-zh.aes256.pdf", "wp2019-zh.pdf", null)]
    [TestCase("wp2019-zh.userpw.pdf", "wp2019-zh.pdf", "secret")]
    public void A_restructured_file_reads_as_the_file_it_was_made_from(string file, string original, string? password)
    {
        var restructured = Read(file, password);
        var made = Read(original, null);
        Assert.Multiple(() =>
        {
            Assert.That(restructured.Text, Is.EqualTo(made.Text));
            Assert.That(restructured.Blocks.Select(b => b.Location.Page), Is.EqualTo(made.Blocks.Select(b => b.Location.Page)));
            Assert.That(restructured.UnreadPages, Is.Empty);
        });
    }

    [Test]
    public void A_linearized_file_keeps_all_its_pages()
    {
        var document = Read("wp2019-en.linearized.pdf", null);
        Assert.That(document.Blocks.Max(b => b.Location.Page), Is.EqualTo(11));
    }

    [Test]
    public void The_newest_revision_of_an_incremental_update_wins()
    {
        var updated = Read("press-2023-en.incremental.pdf", null);
        var original = Read("press-2023-en.pdf", null);
        var stamp = updated.Blocks.Single(b => b.Text.Contains("Updated 26 April 2024", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(stamp.Location.Page, Is.EqualTo(1));
            // The stamp, at the foot of page 1, joins the paragraph the page break interrupts; the rest is the original's.
            var withoutStamp = CharacterErrorRate.Collapse(updated.Text.Replace("Updated 26 April 2024: the top 10 case materials are published separately.", string.Empty, StringComparison.Ordinal));
            Assert.That(withoutStamp, Is.EqualTo(CharacterErrorRate.Collapse(original.Text)));
        });
    }

    [Test]
    public void A_hybrid_file_finds_compressed_objects_through_its_xref_stream()
    {
        var pdf = HybridFile("Hybrid text.");
        var document = new PdfReader().Read(pdf, "hybrid.pdf", ReaderOptions.Default, CancellationToken.None);
        Assert.That(document.Text, Is.EqualTo("Hybrid text."));
    }

    // Objects 2 (pages) and 4 (font) live in object stream 10, found through the xref stream 11 named by /XRefStm;
    // the classic table lists them as free, for readers that know only tables.
    private static byte[] HybridFile(string text)
    {
        var output = new System.IO.MemoryStream();
        var offsets = new Dictionary<int, long>();
        void Write(string s) => output.Write(System.Text.Encoding.Latin1.GetBytes(s));
        void Object(int number, string body)
        {
            offsets[number] = output.Position;
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        Write("%PDF-1.5\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        Object(5, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        const string pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
        const string font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
        var header = $"2 0 4 {pages.Length + 1} ";
        var packed = header + pages + "\n" + font;
        Object(10, $"<< /Type /ObjStm /N 2 /First {header.Length} /Length {packed.Length} >>\nstream\n{packed}\nendstream");
        // Rows of /W [1 2 1]: type 2, object stream number, index; PNG "Up" predictor rows of 4 columns.
        byte[] rows = [2, 0, 10, 0, 2, 0, 10, 1];
        var predicted = new List<byte>();
        var previous = new byte[4];
        for (var r = 0; r < 2; r++)
        {
            predicted.Add(2);
            for (var c = 0; c < 4; c++)
            {
                predicted.Add((byte)(rows[(r * 4) + c] - previous[c]));
                previous[c] = rows[(r * 4) + c];
            }
        }

        var compressed = PdfBuilder.Deflate([.. predicted]);
        offsets[11] = output.Position;
        Write($"11 0 obj\n<< /Type /XRef /Size 12 /W [1 2 1] /Index [2 1 4 1] /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >> /Length {compressed.Length} >>\nstream\n");
        output.Write(compressed);
        Write("\nendstream\nendobj\n");
        var xref = output.Position;
        Write("xref\n0 12\n0000000000 65535 f \n");
        for (var n = 1; n < 12; n++)
        {
            Write(offsets.TryGetValue(n, out var at) && n != 11 ? $"{at:D10} 00000 n \n" : "0000000000 00000 f \n");
        }

        Write($"trailer\n<< /Size 12 /Root 1 0 R /XRefStm {offsets[11]} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static Document Read(string file, string? password)
    {
        var path = TestData.RequireShared($"corpus/pdf/{file}");
        return new PdfReader(new PdfReaderOptions { Password = password }).Read(File.ReadAllBytes(path), path, ReaderOptions.Default, CancellationToken.None);
    }
}
