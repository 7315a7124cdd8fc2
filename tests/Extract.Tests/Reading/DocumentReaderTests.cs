using System.Text;
using Extract.Documents;
using Extract.Reading;

namespace Extract.Tests.Reading;

[TestFixture]
public class DocumentReaderTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("extract-tests-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Reads_a_sample_document_from_a_file()
    {
        var document = new DocumentReader().Read(TestData.Sample("whitepaper-2019.zh-en.txt"));

        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Text));
        Assert.That(document.Blocks.Select(b => b.Language).Distinct(), Is.SupersetOf(new[] { Language.Chinese, Language.English }));
        Assert.That(document.Title, Is.EqualTo("2019年上海知识产权白皮书"));
        Assert.That(document.SourcePath, Does.EndWith("whitepaper-2019.zh-en.txt"));
    }

    [Test]
    public async Task Reads_asynchronously_what_it_reads_synchronously()
    {
        var path = TestData.Sample("whitepaper-2024.en.txt");

        var document = await new DocumentReader().ReadAsync(path);

        Assert.That(document.Text, Is.EqualTo(new DocumentReader().Read(path).Text));
    }

    [Test]
    public void An_empty_file_is_reported_with_its_path()
    {
        var path = Write("empty.txt", []);

        var error = Assert.Throws<EmptyDocumentException>(() => new DocumentReader().Read(path));

        Assert.That(error!.Message, Does.StartWith(path + ": ").And.Contain("empty"));
    }

    [Test]
    public void A_binary_file_is_reported_with_its_path()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = Write("random.bin", bytes);

        var error = Assert.Throws(Is.InstanceOf<ExtractException>(), () => new DocumentReader().Read(path));

        Assert.That(error, Is.TypeOf<BinaryContentException>().Or.TypeOf<UnknownEncodingException>());
        Assert.That(((ExtractException)error!).SourcePath, Is.EqualTo(path));
    }

    [Test]
    public void A_file_over_the_size_limit_is_refused_before_it_is_decoded()
    {
        var path = Write("large.txt", Encoding.UTF8.GetBytes(new string('x', 10_000)));
        var reader = new DocumentReader(new ReaderOptions { MaxInputBytes = 1_000 });

        var error = Assert.Throws<DocumentTooLargeException>(() => reader.Read(path));

        Assert.That(error!.Limit, Is.EqualTo(1_000));
        Assert.That(error.Message, Does.StartWith(path + ": ").And.Contain("over the limit"));
    }

    [Test]
    public void A_stream_over_the_size_limit_is_refused_without_reading_it_all()
    {
        using var stream = new MemoryStream(new byte[1_000_000]);
        var reader = new DocumentReader(new ReaderOptions { MaxInputBytes = 100_000 });

        Assert.ThrowsAsync<DocumentTooLargeException>(async () => await reader.ReadAsync(stream, "stream.txt"));
        Assert.That(stream.Position, Is.LessThan(stream.Length));
    }

    [Test]
    public void A_file_of_markup_residue_only_is_empty()
    {
        var path = Write("residue.txt", Encoding.UTF8.GetBytes("# **\n\n_ueditor_page_break_tag_\n\n***\n"));

        Assert.Throws<EmptyDocumentException>(() => new DocumentReader().Read(path));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

/// <summary>Inputs that are no document say so in the reader's terms, naming the file: a missing file, a directory,
/// a file over the size limit (with its real size), a picture under a document's name.</summary>
public sealed class UnreadableInputTests
{
    [Test]
    public void AMissingFileIsATypedErrorNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.pdf");
        var error = Assert.Throws<UnreadableFileException>(() => new DocumentReader().Read(path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: there is no such file"));
    }

    [Test]
    public void ADirectoryIsATypedErrorSayingItIsADirectory()
    {
        var error = Assert.Throws<UnreadableFileException>(() => new DocumentReader().Read(Path.GetTempPath()))!;
        Assert.That(error.Problem, Is.EqualTo("this is a directory, not a file"));
    }

    [Test]
    public void AFileOverTheLimitIsReportedWithItsRealSize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"large-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, new byte[3 * 1024 * 1024 + 17]);
        try
        {
            var reader = new DocumentReader(new ReaderOptions { MaxInputBytes = 1024 * 1024 });
            var error = Assert.Throws<DocumentTooLargeException>(() => reader.Read(path))!;
            Assert.That(error.Message, Does.Contain("3,145,745"));
            Assert.ThrowsAsync<DocumentTooLargeException>(() => reader.ReadAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "a PNG image")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46 }, "a JPEG image")]
    [TestCase(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "a GIF image")]
    public void APictureUnderADocumentsNameIsNamedForWhatItIs(byte[] bytes, string kind)
    {
        var error = Assert.Throws<BinaryContentException>(() => new DocumentReader().Read(bytes, "report-2019.pdf"))!;
        Assert.That(error.Message, Does.StartWith($"report-2019.pdf: the file is {kind}, not a document"));
    }
}
