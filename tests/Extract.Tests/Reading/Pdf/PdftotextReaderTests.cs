using System.Diagnostics;
using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;
using Extract.Reading.Pdf.PdfPig;
using Extract.Reading.Text;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

/// <summary>The <c>pdftotext</c> backend, and <c>pdftotext</c> as an oracle for the managed reader; skipped where
/// poppler is not installed.</summary>
[TestFixture]
public class PdftotextReaderTests
{
    private static readonly Lazy<bool> Installed = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    [Test]
    public void A_missing_program_is_a_typed_error()
    {
        var reader = new PdftotextReader(new PdfReaderOptions { PdftotextPath = "/nonexistent/bin/pdftotext" });
        var error = Assert.Throws<PdfToolException>(() => reader.Read(PdfBuilder.WithText("x").Build(), "x.pdf", ReaderOptions.Default, CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("not found"));
    }

    [TestCase(null, false)]
    [TestCase("wrong", true)]
    public void A_missing_or_wrong_password_is_a_typed_error(string? password, bool given)
    {
        RequirePoppler();
        var path = Corpus("wp2019-zh.userpw.pdf");
        var error = Assert.Throws<PasswordRequiredException>(() => ReadPath(path, password));
        Assert.That(error!.PasswordGiven, Is.EqualTo(given));
    }

    [Test]
    public void Empty_output_means_no_text_layer()
    {
        RequirePoppler();
        var path = Corpus("scan-2019-zh.pdf");
        Assert.Throws<NoTextLayerException>(() => ReadPath(path, null));
    }

    [Test]
    public void An_undecodable_text_layer_is_a_typed_error_not_garbage()
    {
        RequirePoppler();
        // pdftotext itself prints plausible-looking characters for this file and exits with 0.
        var path = TestData.RequireShared("corpus/pdf/wp2019-zh.no-tounicode.pdf");
        Assert.That(new PdftotextReader().Extract(File.ReadAllBytes(path), path, CancellationToken.None).Trim(), Is.Not.Empty);
        var error = Assert.Throws<UnusableTextLayerException>(() => Read("wp2019-zh.no-tounicode.pdf", null));
        Assert.That(error!.Page, Is.EqualTo(1));
    }

    [Test]
    public void Identity_h_without_a_way_to_unicode_is_a_typed_error_through_the_backend_too()
    {
        RequirePoppler();
        var bytes = PdfBuilder.ChineseCidFont("Identity-H", "AAAAAA+SimSun", "Identity", "0D050D060D070D08").Build();
        Assert.Throws<UnusableTextLayerException>(() => new PdftotextReader().Read(bytes, "identity.pdf", ReaderOptions.Default, CancellationToken.None));
    }

    [TestCase("wp2019-zh.pdf")]
    [TestCase("wp2019-en.pdf")]
    public void The_backend_reads_the_logical_text_within_two_percent(string file)
    {
        RequirePoppler();
        var document = Read(file, null);
        var source = file.Split('.')[0];
        var expected = PlainTextReader.ReadText(File.ReadAllText(TestData.RequireShared($"corpus/gen/{source}.source.txt")), source).Text;
        var (errors, length) = CharacterErrorRate.Measure(document.Text, expected);
        TestContext.Out.WriteLine($"pdftotext backend, {file}: {errors} errors in {length} characters, CER {(double)errors / length:P3}");
        Assert.That((double)errors / length, Is.LessThan(0.02));
    }

    // The README of the corpus: decoding every text-showing operator through the ToUnicode maps, in content-stream
    // order, gives exactly poppler's characters for the LibreOffice file and its qpdf variants: PdfPig's letters, as
    // the reader turns them into glyphs, do.
    [TestCase("wp2019-zh.pdf", null)]
    [TestCase("wp2019-zh.objstm.pdf", null)]
    [TestCase("wp2019-zh.rc4-128.pdf", null)]
    [TestCase("wp2019-zh.aes128.pdf", null)]
    [TestCase("wp2019-zh.aes256.pdf", null)]
    [TestCase("wp2019-zh.userpw.pdf", "secret")]
    public void Letters_give_pdftotext_characters_in_content_order(string file, string? password)
    {
        RequirePoppler();
        var path = TestData.RequireShared($"corpus/pdf/{file}");
        var bytes = File.ReadAllBytes(path);
        var oracle = new PdftotextReader(new PdfReaderOptions { Password = password }).Extract(bytes, path, CancellationToken.None);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes, new UglyToad.PdfPig.ParsingOptions { Password = password ?? string.Empty });
        var fonts = new FontVerdicts(pdf);
        var managed = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            foreach (var glyph in LetterGlyphs.Convert(page.Letters, fonts, []).Glyphs)
            {
                managed.Append(glyph.Text);
            }
        }

        Assert.That(WithoutWhiteSpace(managed.ToString()), Is.EqualTo(WithoutWhiteSpace(oracle)));
    }

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void RequirePoppler()
    {
        if (!Installed.Value)
        {
            Assert.Ignore("pdftotext (poppler-utils) is not installed.");
        }
    }

    private static Extract.Documents.Document Read(string file, string? password) => ReadPath(Corpus(file), password);

    // Found before any Assert.Throws: an absent corpus must skip the test, not count as the exception awaited.
    private static string Corpus(string file) => TestData.RequireShared($"corpus/pdf/{file}");

    private static Extract.Documents.Document ReadPath(string path, string? password) =>
        new PdftotextReader(new PdfReaderOptions { Password = password }).Read(File.ReadAllBytes(path), path, ReaderOptions.Default, CancellationToken.None);
}
