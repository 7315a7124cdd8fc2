using System.IO.Compression;
using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Damaged and hostile files, written by <see cref="PdfBuilder"/>: each gives a typed error or a repaired
/// read, never another exception or a hang.</summary>
[TestFixture]
public class PdfRobustnessTests
{
    private const string Name = "generated.pdf";

    [Test]
    public void A_well_formed_file_reads()
    {
        var document = Read(PdfBuilder.WithText("Patent filings reached 173,600 in 2019.").Build());
        Assert.That(document.Text, Is.EqualTo("Patent filings reached 173,600 in 2019."));
    }

    [Test]
    public void Lines_of_one_paragraph_become_one_block()
    {
        var document = Read(PdfBuilder.WithText("The number of valid invention patents in Shanghai", "was 129,800, up by 12.88% year on year.").Build());
        Assert.That(document.Text, Is.EqualTo("The number of valid invention patents in Shanghai was 129,800, up by 12.88% year on year."));
    }

    [Test]
    public void A_file_truncated_anywhere_gives_a_typed_error_or_a_repaired_read()
    {
        var bytes = PdfBuilder.WithText("Truncation test line one.", "Truncation test line two.").Build();
        var outcomes = new Dictionary<string, int>();
        for (var length = 0; length < bytes.Length; length += 7)
        {
            var outcome = Outcome(() => new PdfReader().Read(bytes.AsMemory(0, length), Name, ReaderOptions.Default, CancellationToken.None));
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        TestContext.Out.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
        Assert.That(outcomes.Keys, Is.SubsetOf(new[] { "read", nameof(MalformedPdfException), nameof(EmptyDocumentException) }));
        // Cut after the content stream, the xref table is lost but the objects are found by scanning.
        Assert.That(outcomes.GetValueOrDefault("read"), Is.GreaterThan(0));
    }

    [TestCase("wp2019-zh.pdf")]
    [TestCase("wp2019-zh.objstm.pdf")]
    [TestCase("wp2019-en.chromium.pdf")]
    public void A_corpus_file_truncated_anywhere_gives_a_typed_error_or_a_repaired_read(string file)
    {
        var bytes = File.ReadAllBytes(Support.TestData.RequireShared($"corpus/pdf/{file}"));
        var outcomes = new Dictionary<string, int>();
        for (var share = 0.05; share < 1; share += 0.05)
        {
            var outcome = Outcome(() => new PdfReader().Read(bytes.AsMemory(0, (int)(bytes.Length * share)), file, ReaderOptions.Default, CancellationToken.None));
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        TestContext.Out.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
        Assert.That(outcomes.Keys, Is.SubsetOf(new[] { "read", nameof(MalformedPdfException), nameof(EmptyDocumentException), nameof(UnusableTextLayerException) }));
    }

    [TestCase(7, 0)]
    [TestCase(-40, 0)]
    [TestCase(1_000_000, 0)]
    [TestCase(0, 3)]
    public void Wrong_startxref_or_offsets_are_repaired_by_scanning(long startxrefShift, int offsetShift)
    {
        var bytes = PdfBuilder.WithText("Repaired text.").Build(startxrefShift, offsetShift);
        Assert.That(Read(bytes).Text, Is.EqualTo("Repaired text."));
    }

    [Test]
    public void A_flate_bomb_stops_at_the_stream_limit()
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>")
            .Stream(5, string.Empty, new byte[16 * 1024 * 1024], flate: true)
            .Build();
        Assert.That(bytes.Length, Is.LessThan(100_000));
        var options = new PdfReaderOptions { Limits = PdfLimits.Default with { MaxStreamBytes = 1024 * 1024 } };
        var error = Assert.Throws<MalformedPdfException>(() => Read(bytes, options));
        Assert.Multiple(() =>
        {
            Assert.That(error.Page, Is.EqualTo(1));
            Assert.That(error.Message, Does.Contain(Name).And.Contain("decompresses"));
        });
    }

    [Test]
    public void Streams_together_stop_at_the_document_limit()
    {
        var builder = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [10 0 R 11 0 R 12 0 R 13 0 R] >>");
        for (var n = 10; n < 14; n++)
        {
            builder.Stream(n, string.Empty, new byte[600 * 1024], flate: true);
        }

        var options = new PdfReaderOptions { Limits = PdfLimits.Default with { MaxStreamBytes = 1024 * 1024, MaxDocumentBytes = 2 * 1024 * 1024 } };
        var error = Assert.Throws<MalformedPdfException>(() => Read(builder.Build(), options));
        Assert.That(error!.Message, Does.Contain("in all"));
    }

    [Test]
    public void A_reference_cycle_is_a_typed_error()
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>")
            .Object(6, "7 0 R")
            .Object(7, "6 0 R")
            .Build();
        var error = Assert.Throws<MalformedPdfException>(() => Read(bytes));
        Assert.That(error!.Message, Does.Contain("chain"));
    }

    [Test]
    public void Stream_lengths_referring_down_a_long_chain_of_streams_are_a_typed_error()
    {
        var builder = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 10 0 R >>");
        const int chain = 5000;
        for (var n = 10; n < 10 + chain; n++)
        {
            builder.Object(n, $"<< /Length {n + 1} 0 R >>\nstream\nq Q\nendstream");
        }

        var error = Assert.Throws<MalformedPdfException>(() => Read(builder.Build()));
        Assert.That(error!.Message, Does.Contain("chain"));
    }

    [Test]
    public void A_page_tree_that_contains_itself_is_a_typed_error()
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [2 0 R] /Count 1 >>")
            .Build();
        var error = Assert.Throws<MalformedPdfException>(() => Read(bytes));
        Assert.That(error!.Message, Does.Contain("no pages"));
    }

    [TestCase(true, 10_000)]
    [TestCase(false, 10_000)]
    [TestCase(true, 1_000_000)]
    [TestCase(false, 1_000_000)]
    public void Deeply_nested_arrays_are_a_typed_error(bool inContent, int depth)
    {
        var nested = new string('[', depth) + new string(']', depth);
        var builder = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        if (inContent)
        {
            builder.Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>")
                .Stream(5, string.Empty, Encoding.ASCII.GetBytes($"BT {nested} TJ ET"));
        }
        else
        {
            builder.Object(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Junk {nested} >>");
        }

        var error = Assert.Throws<MalformedPdfException>(() => Read(builder.Build()));
        Assert.That(error!.Message, Does.Contain("nested deeper"));
    }

    [Test]
    public void A_wrong_stream_length_is_read_up_to_endstream()
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Length repaired.) Tj ET");
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Object(5, $"<< /Length 9999 >>\nstream\n{Encoding.ASCII.GetString(content)}\nendstream")
            .Build();
        Assert.That(Read(bytes).Text, Is.EqualTo("Length repaired."));
    }

    [Test]
    public void A_prev_chain_that_loops_is_followed_once()
    {
        var bytes = PdfBuilder.WithText("Looping update.").Build();
        var text = Encoding.Latin1.GetString(bytes);
        var xref = text.LastIndexOf("xref\n", StringComparison.Ordinal);
        text = text.Replace("/Root 1 0 R", $"/Root 1 0 R /Prev {xref}", StringComparison.Ordinal);
        Assert.That(Read(Encoding.Latin1.GetBytes(text)).Text, Is.EqualTo("Looping update."));
    }

    [Test]
    public void Garbage_after_the_header_is_a_typed_error()
    {
        var error = Assert.Throws<MalformedPdfException>(() => Read(Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not a PDF at all\n")));
        Assert.That(error!.SourcePath, Is.EqualTo(Name));
    }

    [Test]
    public void An_image_only_page_has_no_text_layer()
    {
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>")
            .Stream(4, "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", [0xFF, 0xD8, 0xFF, 0xD9])
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("q 595 0 0 842 0 0 cm /Im0 Do Q"))
            .Build();
        Assert.Throws<NoTextLayerException>(() => Read(bytes));
    }

    [Test]
    public void Cancellation_stops_the_read()
    {
        var bytes = PdfBuilder.WithText("Cancelled.").Build();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => new PdfReader().Read(bytes, Name, ReaderOptions.Default, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void A_damaged_page_is_skipped_and_named_and_the_others_are_read()
    {
        var bytes = ThreePages(brokenPage: 2);
        var document = Read(bytes);
        Assert.Multiple(() =>
        {
            Assert.That(document.Text, Does.Contain("Page one reads.").And.Contain("Page three reads."));
            Assert.That(document.Text, Does.Not.Contain("Page two"));
            Assert.That(document.UnreadPages.Select(p => p.Page), Is.EqualTo(new[] { 2 }));
            Assert.That(document.UnreadPages[0].Reason, Does.Contain("font"));
            Assert.That(document.Blocks.Select(b => b.Location.Page), Does.Not.Contain(2));
        });
    }

    [Test]
    public void A_file_whose_every_page_is_damaged_is_refused_naming_the_first_page_and_the_cause()
    {
        var bytes = ThreePages(brokenPage: 0);
        var error = Assert.Throws<MalformedPdfException>(() => Read(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Page, Is.EqualTo(1));
            Assert.That(error.Message, Does.Contain(Name).And.Contain("no page can be read").And.Contain("font"));
        });
    }

    [Test]
    public void Lone_surrogates_in_a_tounicode_map_are_removed()
    {
        // Code 01 maps to half a surrogate pair, code 02 to "A" followed by one: neither half reaches the text.
        var cmap = "begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 3 beginbfchar <0001> <D835> <0002> <0041D835> <0003> <0042> endbfchar endcmap";
        var bytes = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type0 /BaseFont /Mapped /Encoding /Identity-H /ToUnicode 6 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Mapped /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /Mapped /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 500 >>] >>")
            .Stream(5, string.Empty, Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td <0002000300030003000300030003000300010003> Tj ET"))
            .Stream(6, string.Empty, Encoding.ASCII.GetBytes(cmap))
            .Build();
        var text = Read(bytes).Text;
        Assert.Multiple(() =>
        {
            Assert.That(text.Any(char.IsSurrogate), Is.False);
            // Whether the "A" before the half pair survives is PdfPig's to decide; the eight whole characters do.
            Assert.That(text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimStart('A'), Is.EqualTo("BBBBBBBB"));
        });
    }

    [Test]
    public void A_file_larger_than_the_input_limit_is_refused_before_it_is_parsed()
    {
        var bytes = PdfBuilder.WithText("Large.").Build();
        var options = ReaderOptions.Default with { MaxInputBytes = bytes.Length - 1 };
        var error = Assert.Throws<DocumentTooLargeException>(() => new PdfReader().Read(bytes, Name, options, CancellationToken.None));
        Assert.That(error!.SourcePath, Is.EqualTo(Name));
    }

    [Test]
    public void A_file_that_takes_longer_than_the_time_limit_is_refused()
    {
        var options = new PdfReaderOptions { Limits = PdfLimits.Default with { MaxReadTimeSeconds = 0 } };
        var error = Assert.Throws<MalformedPdfException>(() => Read(PdfBuilder.WithText("Slow.").Build(), options));
        Assert.That(error!.Message, Does.Contain("took longer"));
    }

    [TestCase("wp2019-zh.pdf")]
    [TestCase("wp2019-en.chromium.pdf")]
    public void Randomly_damaged_corpus_files_give_typed_errors_or_text(string file)
    {
        var original = File.ReadAllBytes(Support.TestData.RequireShared($"corpus/pdf/{file}"));
        var random = new Random(2019);
        var outcomes = new Dictionary<string, int>();
        for (var variant = 0; variant < 12; variant++)
        {
            var bytes = (byte[])original.Clone();
            for (var i = 0; i < 20; i++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var outcome = Outcome(() => Read(bytes));
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        TestContext.Out.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
        Assert.That(outcomes.Keys, Is.SubsetOf(new[] { "read", nameof(MalformedPdfException), nameof(EmptyDocumentException), nameof(UnusableTextLayerException), nameof(NoTextLayerException) }));
    }

    // Three pages in Helvetica; the broken page (0: all of them) draws in a composite font without the /CIDSystemInfo
    // every CID font must have, which PdfPig cannot load.
    private static byte[] ThreePages(int brokenPage)
    {
        var builder = new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [10 0 R 11 0 R 12 0 R] /Count 3 >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Object(5, "<< /Type /Font /Subtype /Type0 /BaseFont /Broken /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Broken >>] >>");
        string[] words = ["one", "two", "three"];
        for (var p = 0; p < 3; p++)
        {
            var broken = brokenPage == 0 || brokenPage == p + 1;
            var content = broken ? $"BT /F1 12 Tf 72 720 Td (Page {words[p]} reads.) Tj /F2 12 Tf <00010002> Tj ET" : $"BT /F1 12 Tf 72 720 Td (Page {words[p]} reads.) Tj ET";
            var fonts = broken ? "/F1 4 0 R /F2 5 0 R" : "/F1 4 0 R";
            builder.Object(10 + p, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {fonts} >> >> /Contents {20 + p} 0 R >>")
                .Stream(20 + p, string.Empty, Encoding.ASCII.GetBytes(content));
        }

        return builder.Build();
    }

    private static Extract.Documents.Document Read(byte[] bytes, PdfReaderOptions? options = null) =>
        new PdfReader(options).Read(bytes, Name, ReaderOptions.Default, CancellationToken.None);

    private static string Outcome(Action read)
    {
        try
        {
            read();
            return "read";
        }
        catch (ExtractException e)
        {
            return e.GetType().Name;
        }
    }
}
