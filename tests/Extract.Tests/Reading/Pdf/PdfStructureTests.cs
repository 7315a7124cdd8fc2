using Extract.Reading.Pdf;
using Extract.Reading.Pdf.Filters;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

/// <summary>The file structures of the corpus's qpdf variants, read without repair.</summary>
[TestFixture]
public class PdfStructureTests
{
    [Test]
    public void An_xref_stream_with_a_png_predictor_lists_objects_in_object_streams()
    {
        var table = ReadTable("wp2019-zh.objstm.pdf");
        Assert.Multiple(() =>
        {
            Assert.That(table.Repaired, Is.False);
            Assert.That(table.Entries.Values.Count(e => e.InObjectStream), Is.GreaterThan(20));
        });
    }

    [Test]
    public void A_linearized_file_joins_its_first_page_and_main_sections()
    {
        var file = Open("wp2019-en.linearized.pdf");
        var table = ReadTable("wp2019-en.linearized.pdf");
        Assert.Multiple(() =>
        {
            Assert.That(table.Repaired, Is.False);
            Assert.That(file.Pages(), Has.Count.EqualTo(11));
        });
    }

    [Test]
    public void The_newest_revision_of_an_incremental_update_wins()
    {
        var file = Open("press-2023-en.incremental.pdf");
        var original = Open("press-2023-en.pdf");
        string Title(PdfFile f) => ((PdfString)f.Resolve(f.Dictionary(f.Trailer["Info"])!["Title"])).ToText();
        Assert.Multiple(() =>
        {
            Assert.That(Title(file), Is.EqualTo("Press Release (updated)"));
            Assert.That(Title(original), Is.Not.EqualTo("Press Release (updated)"));
            Assert.That(ReadTable("press-2023-en.incremental.pdf").Repaired, Is.False);
        });
    }

    [TestCase("wp2019-zh.rc4-128.pdf")]
    [TestCase("wp2019-zh.aes128.pdf")]
    [TestCase("wp2019-zh.aes256.pdf")]
    public void Encrypted_strings_are_decrypted(string file)
    {
        var pdf = Open(file);
        var title = ((PdfString)pdf.Resolve(pdf.Dictionary(pdf.Trailer["Info"])!["Title"])).ToText();
        Assert.That(title, Is.EqualTo("2019年上海知识产权白皮书"));
    }

    [Test]
    public void A_hybrid_file_finds_compressed_objects_through_its_xref_stream()
    {
        var pdf = HybridFile("Hybrid text.");
        var document = new PdfReader().Read(pdf, "hybrid.pdf", Extract.Reading.ReaderOptions.Default, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(document.Text, Is.EqualTo("Hybrid text."));
            Assert.That(XrefReader.Read(pdf, PdfLimits.Default, new DecodeBudget(1 << 20, 1 << 20)).Repaired, Is.False);
        });
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

    private static PdfFile Open(string file)
    {
        var path = TestData.RequireShared($"corpus/pdf/{file}");
        return new PdfFile(File.ReadAllBytes(path), null, PdfLimits.Default, path);
    }

    private static XrefTable ReadTable(string file) =>
        XrefReader.Read(File.ReadAllBytes(TestData.RequireShared($"corpus/pdf/{file}")), PdfLimits.Default, new DecodeBudget(1 << 26, 1 << 28));
}
