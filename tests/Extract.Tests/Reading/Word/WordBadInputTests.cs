extern alias OpenXml;

using System.IO.Compression;
using System.Text;
using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Word;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using S = OpenXml::DocumentFormat.OpenXml.Spreadsheet;

namespace Extract.Tests.Reading.Word;

/// <summary>Files that are not Word documents, or are hostile ones, get a typed error that says what they are; the
/// .doc, .odt and .rtf fixtures were saved by LibreOffice from the Chinese edition's .docx.</summary>
[TestFixture]
public class WordBadInputTests
{
    private const string Body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{0}</w:body></w:document>";

    [TestCase("whitepaper-2019.zh.doc", "a Word 97-2003 document (.doc)")]
    [TestCase("whitepaper-2019.zh.odt", "an OpenDocument text (.odt)")]
    [TestCase("whitepaper-2019.en.rtf", "a Rich Text Format document (.rtf)")]
    public void A_document_saved_in_another_format_is_told_for_what_it_is(string file, string kind)
    {
        var bytes = File.ReadAllBytes(WordTestData.Path("libreoffice/" + file));

        // Named as anything: the content tells.
        var error = Assert.Throws<WrongDocumentKindException>(() => new DocumentReader().Read(bytes, "upload.bin"));
        Assert.That(error!.Kind, Is.EqualTo(kind));
        Assert.That(error.Message, Does.StartWith("upload.bin: ").And.Contain("save it as a Word document (.docx)"));
    }

    [Test]
    public void A_workbook_is_not_taken_for_a_document()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, OpenXml::DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new S.Workbook(new S.Sheets());
        }

        var error = Assert.Throws<WrongDocumentKindException>(() => new DocumentReader().Read(stream.ToArray(), "figures.xlsx"));
        Assert.That(error!.Kind, Is.EqualTo("an Excel workbook (.xlsx)"));
    }

    [Test]
    public void A_jar_is_binary_content_not_a_document()
    {
        var jar = Zip(("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"), ("org/example/Main.class", "\u00ca\u00fe\u00ba\u00be"));

        Assert.That(new WordReader().CanRead(jar, "tool.jar"), Is.False);
        Assert.Throws<BinaryContentException>(() => new DocumentReader().Read(jar, "tool.jar"));
    }

    [Test]
    public void A_zip_named_docx_that_holds_no_document_says_so()
    {
        var zip = Zip(("notes.txt", "专利申请量 17.36 万件"));

        var error = Assert.Throws<WrongDocumentKindException>(() => new DocumentReader().Read(zip, "whitepaper.docx"));
        Assert.That(error!.Kind, Does.Contain("holds no Word document"));
    }

    [Test]
    public void A_docx_is_recognized_by_its_content_under_any_name()
    {
        var document = new DocumentReader().Read(WordTestData.Docx("whitepaper-2019.zh"), "upload.bin");

        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Docx));
        Assert.That(document.Title, Is.EqualTo("2019年上海知识产权白皮书"));
    }

    [Test]
    public void An_encrypted_docx_asks_for_its_password_to_be_removed()
    {
        // An encrypted .docx is a compound file holding the EncryptionInfo and EncryptedPackage streams.
        var file = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(file, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 1152);

        var error = Assert.Throws<EncryptedDocumentException>(() => new DocumentReader().Read(file, "whitepaper.docx"));
        Assert.That(error!.Message, Does.Contain("password"));
    }

    [Test]
    public void A_truncated_docx_is_malformed()
    {
        var docx = WordTestData.Docx("whitepaper-2019.zh");

        Assert.Throws<MalformedWordDocumentException>(() => new DocumentReader().Read(docx.AsMemory(0, docx.Length / 2), "cut.docx"));
    }

    [Test]
    public void A_body_that_does_not_parse_names_its_part()
    {
        var docx = WithPart(WordTestData.Docx("features"), "word/document.xml", string.Format(Body, "<w:p><w:r><w:t>unclosed</w:r></w:p>"));

        var error = Assert.Throws<MalformedWordDocumentException>(() => new WordReader().ReadWord(docx, "broken.docx"));
        Assert.That(error!.PartName, Is.EqualTo("/word/document.xml"));
    }

    [TestCase("<w:numPr><w:ilvl w:val=\"/\"/><w:numId w:val=\"1\"/></w:numPr>")]
    [TestCase("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"99999999999999\"/></w:numPr>")]
    public void An_attribute_that_is_not_of_its_type_is_malformed(string numbering)
    {
        var docx = WithPart(WordTestData.Docx("features"), "word/document.xml", string.Format(Body, $"<w:p><w:pPr>{numbering}</w:pPr><w:r><w:t>Item</w:t></w:r></w:p>"));

        var error = Assert.Throws<MalformedWordDocumentException>(() => new WordReader().ReadWord(docx, "typed.docx"))!;
        Assert.That(error.Message, Does.StartWith("typed.docx").And.Contain("not of its type"));
    }

    [Test]
    public void A_body_without_text_is_empty()
    {
        var docx = WithPart(WordTestData.Docx("features"), "word/document.xml", string.Format(Body, "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p><w:sectPr/>"));

        Assert.Throws<EmptyDocumentException>(() => new WordReader().ReadWord(docx, "blank.docx"));
    }

    [Test]
    public void A_part_that_expands_past_the_limit_is_a_zip_bomb()
    {
        // 4 MiB of paragraphs that compress to a few kilobytes.
        var paragraphs = new StringBuilder();
        while (paragraphs.Length < 4 * 1024 * 1024)
        {
            paragraphs.Append("<w:p><w:r><w:t>专利申请量 17.36 万件</w:t></w:r></w:p>");
        }

        var docx = WithPart(WordTestData.Docx("features"), "word/document.xml", string.Format(Body, paragraphs));
        Assert.That(docx, Has.Length.LessThan(256 * 1024));

        var error = Assert.Throws<PartTooLargeException>(() => new WordReader { MaxPartBytes = 1024 * 1024 }.ReadWord(docx, "bomb.docx"));
        Assert.That(error!.PartName, Is.EqualTo("/word/document.xml"));
        Assert.That(error.Size, Is.GreaterThan(error.Limit));
    }

    [Test]
    public void Markup_nested_past_the_limit_is_refused()
    {
        const int depth = 400;
        var nested = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            nested.Append("<w:sdt><w:sdtContent>");
        }

        nested.Append("<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
        {
            nested.Append("</w:sdtContent></w:sdt>");
        }

        var docx = WithPart(WordTestData.Docx("features"), "word/document.xml", string.Format(Body, nested));

        var error = Assert.Throws<MarkupTooDeepException>(() => new WordReader().ReadWord(docx, "deep.docx"));
        Assert.That(error!.Limit, Is.EqualTo(WordReader.DefaultMaxNestingDepth));
    }

    [Test]
    public void Content_controls_nested_within_the_limit_are_read()
    {
        var nested = new StringBuilder();
        for (var i = 0; i < 50; i++)
        {
            nested.Append("<w:sdt><w:sdtContent>");
        }

        nested.Append("<w:p><w:r><w:t>专利申请量 17.36 万件。</w:t></w:r></w:p>");
        for (var i = 0; i < 50; i++)
        {
            nested.Append("</w:sdtContent></w:sdt>");
        }

        var docx = WithPart(WordTestData.Docx("features"), "word/document.xml", string.Format(Body, nested));

        Assert.That(new WordReader().ReadWord(docx, "controls.docx").Document.Text, Is.EqualTo("专利申请量17.36万件。"));
    }

    [Test]
    public void A_100_MB_document_is_refused_before_it_is_held_in_memory()
    {
        using var stream = new PaddedStream(WordTestData.Docx("whitepaper-2019.zh"), 100L * 1024 * 1024);

        var error = Assert.Throws<DocumentTooLargeException>(() => new DocumentReader().Read(stream, "huge.docx"));
        Assert.That(error!.Limit, Is.EqualTo(ReaderOptions.DefaultMaxInputBytes));
        Assert.That(stream.Position, Is.LessThan(stream.Length), "the stream is not read to its end");
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] WithPart(byte[] docx, string name, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>A stream of <paramref name="length"/> bytes: a real file, then zeros, made as they are read.</summary>
    private sealed class PaddedStream(byte[] head, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < head.Length ? head[at] : (byte)0;
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
