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

    private static PdfFile Open(string file)
    {
        var path = TestData.RequireShared($"corpus/pdf/{file}");
        return new PdfFile(File.ReadAllBytes(path), null, PdfLimits.Default, path);
    }

    private static XrefTable ReadTable(string file) =>
        XrefReader.Read(File.ReadAllBytes(TestData.RequireShared($"corpus/pdf/{file}")), PdfLimits.Default, new DecodeBudget(1 << 26, 1 << 28));
}
