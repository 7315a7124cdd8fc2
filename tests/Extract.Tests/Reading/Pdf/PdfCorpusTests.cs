using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Pdf;
using Extract.Reading.Text;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

[TestFixture]
public class PdfCorpusTests
{
    private const double MaxErrorRate = 0.005;

    public static IEnumerable<TestCaseData> ReadableFiles() =>
        Rows("corpus.tsv").Select(r => new TestCaseData(r[0], r[1], Optional(r[2]), Optional(r[3]), Optional(r[4])).SetArgDisplayNames(r[0]));

    public static IEnumerable<TestCaseData> Phrases() =>
        Rows("phrases.tsv").Select(r => new TestCaseData(r[0], r[1]).SetArgDisplayNames(r[0], r[1]));

    [TestCaseSource(nameof(ReadableFiles))]
    public void Text_matches_the_logical_source_within_half_a_percent(string file, string source, string? password, string? anchor, string? added)
    {
        var document = Read(file, password);
        var sourceText = File.ReadAllText(TestData.RequireShared($"corpus/gen/{source}.source.txt"));
        if (anchor is not null && added is not null)
        {
            var at = sourceText.IndexOf(anchor, StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), "the anchor of the added text is in the source");
            sourceText = sourceText.Insert(at + anchor.Length, "\n\n" + added + "\n\n");
        }

        var expected = PlainTextReader.ReadText(sourceText, source).Text;
        var (errors, length) = CharacterErrorRate.Measure(document.Text, expected);
        var rate = (double)errors / length;
        TestContext.Out.WriteLine($"{file}: {errors} errors in {length} characters, CER {rate:P3}");
        Assert.That(rate, Is.LessThanOrEqualTo(MaxErrorRate));
    }

    [TestCaseSource(nameof(Phrases))]
    public void Text_holds_the_figures_of_the_edition(string file, string phrase)
    {
        var document = Read(file, null);
        var normalized = PlainTextReader.ReadText(phrase, "phrase").Text;
        Assert.That(document.Text, Does.Contain(normalized));
    }

    [TestCase("wp2019-zh.pdf", Language.Chinese)]
    [TestCase("wp2019-zh.chromium.pdf", Language.Chinese)]
    [TestCase("wp2019-en.pdf", Language.English)]
    [TestCase("wp2019-en.chromium.pdf", Language.English)]
    public void The_six_numbered_sections_are_headings(string file, Language language)
    {
        var document = Read(file, null);
        Assert.That(document.Language, Is.EqualTo(language));
        Assert.That(document.Sections.Select(s => s.Number?.Ordinal), Is.EqualTo(new int?[] { 1, 2, 3, 4, 5, 6 }));
    }

    [TestCase("wp2019-zh.pdf", "— 1 —")]
    [TestCase("wp2019-en.pdf", "\n1\n")]
    public void Running_headers_and_page_numbers_are_left_out(string file, string folio)
    {
        var document = Read(file, null);
        var header = document.Language == Language.Chinese ? "2019年上海知识产权白皮书" : "Intellectual Property Development in Shanghai in the Year 2019";
        var titles = document.Blocks.Count(b => b.Text.Replace(" ", string.Empty, StringComparison.Ordinal) == header.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(document.Text, Does.Not.Contain(folio));
            // The cover's title; the running header on every page would add one per page.
            Assert.That(titles, Is.LessThanOrEqualTo(2));
        });
    }

    [Test]
    public void Blocks_map_back_to_the_text_as_extracted()
    {
        var document = Read("wp2019-en.pdf", null);
        var paragraph = document.Paragraphs.First(p => p.Text.Contains("173,600", StringComparison.Ordinal));
        var source = document.Source.Substring(document.ToSource(paragraph.Location.Span).Start, document.ToSource(paragraph.Location.Span).Length);
        Assert.Multiple(() =>
        {
            Assert.That(source, Does.StartWith("In 2019, the total number of patent filings"));
            Assert.That(source, Does.Contain("\n"), "the source keeps the lines as they were on the page");
        });
    }

    [Test]
    public void Running_lines_stay_when_asked()
    {
        var path = TestData.RequireShared("corpus/pdf/wp2019-zh.pdf");
        var reader = new PdfReader(new PdfReaderOptions { RemoveRunningLines = false });
        var document = reader.Read(File.ReadAllBytes(path), path, ReaderOptions.Default, CancellationToken.None);
        Assert.That(document.Text, Does.Contain("— 1 —"));
    }

    [Test]
    public void Ruled_tables_keep_their_rows_and_cells()
    {
        var document = Read("table-2019.pdf", null);
        var tables = document.Blocks.OfType<Table>().ToList();
        Assert.That(tables, Has.Count.EqualTo(2));
        var chinese = tables[0].Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();
        var english = tables[1].Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(chinese, Does.Contain("植物新品种国际登录|14|个|—"));
            Assert.That(english, Does.Contain("Valid registered trademarks|1.4736 million|items|+28.13%"));
            // The header row repeated on page 2 is not a row of its own.
            Assert.That(english.Count(r => r.StartsWith("Indicator|", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(english, Has.Count.EqualTo(16));
        });
    }

    [Test]
    public void Two_columns_are_read_one_after_the_other()
    {
        var document = Read("twocol-2019.pdf", null);
        var first = document.Text.IndexOf("植物新品种国际登录14个。", StringComparison.Ordinal);
        var second = document.Text.IndexOf("提升知识产权行政管理效能", StringComparison.Ordinal);
        Assert.That(first, Is.GreaterThan(0).And.LessThan(second));
    }

    [Test]
    public void A_scan_reports_that_it_has_no_text_layer()
    {
        var path = TestData.RequireShared("corpus/pdf/scan-2019-zh.pdf");
        var error = Assert.Throws<NoTextLayerException>(() => Reader(null).Read(path));
        Assert.That(error!.SourcePath, Is.EqualTo(path));
    }

    [Test]
    public void Fonts_without_a_way_to_unicode_make_the_text_layer_unusable()
    {
        var path = TestData.RequireShared("corpus/pdf/wp2019-zh.no-tounicode.pdf");
        var error = Assert.Throws<UnusableTextLayerException>(() => Reader(null).Read(path));
        Assert.That(error!.Page, Is.EqualTo(1));
    }

    [TestCase(null, false)]
    [TestCase("wrong", true)]
    public void A_user_password_is_required_to_open_userpw(string? password, bool given)
    {
        var path = TestData.RequireShared("corpus/pdf/wp2019-zh.userpw.pdf");
        var error = Assert.Throws<PasswordRequiredException>(() => Reader(password).Read(path));
        Assert.That(error!.PasswordGiven, Is.EqualTo(given));
    }

    [Test]
    public void The_incremental_update_adds_its_stamp_after_the_original_text()
    {
        var original = Read("press-2023-en.pdf", null);
        var updated = Read("press-2023-en.incremental.pdf", null);
        Assert.Multiple(() =>
        {
            Assert.That(original.Text, Does.Not.Contain("Updated 26 April 2024"));
            Assert.That(updated.Text, Does.Contain("Updated 26 April 2024: the top 10 case materials are published separately."));
        });
    }

    [Test]
    public void Type3_radicals_come_out_as_unified_ideographs()
    {
        var document = Read("wp2019-zh.type3.pdf", null);
        Assert.Multiple(() =>
        {
            Assert.That(document.Text.Any(c => c is >= '\u2E80' and <= '\u2FDF'), Is.False);
            Assert.That(document.Text, Does.Contain("人民"));
        });
    }

    private static Document Read(string file, string? password) => Reader(password).Read(TestData.RequireShared($"corpus/pdf/{file}"));

    private static DocumentReader Reader(string? password) =>
        new(ReaderOptions.Default with { Formats = [new PdfReader(new PdfReaderOptions { Password = password }), new PlainTextReader()] });

    private static string? Optional(string cell) => cell == "-" ? null : cell;

    private static IEnumerable<string[]> Rows(string name) =>
        File.ReadLines(TestData.Fixture("pdf", name)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
