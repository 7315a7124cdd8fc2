using System.Globalization;
using System.Text;
using Extract.Documents;
using Extract.Reading.Word;

namespace Extract.Tests.Reading.Word;

/// <summary>What the Word reader makes of each feature of a .docx: <c>Data/word/features.script.txt</c> against
/// <c>features.expected.txt</c>, number formats and style names from their tables.</summary>
[TestFixture]
public class WordStructureTests
{
    private static IEnumerable<TestCaseData> NumberFormats => Rows("number-formats.tsv")
        .Select(r => new TestCaseData(int.Parse(r[0], CultureInfo.InvariantCulture), r[1], r[2]).SetArgDisplayNames(r[0], r[1]));

    private static IEnumerable<TestCaseData> StyleNames => Rows("style-names.tsv")
        .Select(r => new TestCaseData(r[0], r[1], int.Parse(r[2], CultureInfo.InvariantCulture)).SetArgDisplayNames(r[0]));

    [Test]
    public void Every_feature_is_read_as_it_prints()
    {
        var document = WordTestData.ReadWord("features").Document;
        var expected = Rows("features.expected.txt").Select(r => $"{r[0]}\t{r[1]}");

        Assert.That(document.Blocks.Select(b => $"{WordTestData.Describe(b)}\t{b.Location.ElementPath}"), Is.EqualTo(expected));
    }

    [Test]
    public void A_text_box_is_read_once_though_it_is_drawn_twice()
    {
        var document = WordTestData.ReadWord("features").Document;

        Assert.That(CountOf(document.Text, "1,200 filings"), Is.EqualTo(1));
        Assert.That(WordTestData.Docx("features"), Has.Length.GreaterThan(0));
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(WordTestData.Docx("features")));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        Assert.That(CountOf(reader.ReadToEnd(), "1,200 filings"), Is.EqualTo(2), "the fixture draws the box as a shape and as its VML fallback");
    }

    [Test]
    public void Text_box_runs_are_located_in_their_box()
    {
        var word = WordTestData.ReadWord("features");
        var box = word.Document.Blocks.First(b => b.Location.ElementPath == "text box (paragraph 5)");

        var location = word.Locate(box.Location.Span.Start + box.Text.IndexOf("1,200", StringComparison.Ordinal));
        Assert.That(location?.ToString(), Is.EqualTo("text box in paragraph 5, paragraph 1, run 1"));
        Assert.That(location!.OffsetInRun, Is.EqualTo("Box 1: ".Length));
    }

    [Test]
    public void The_numbering_of_a_list_paragraph_is_located_as_numbering()
    {
        var word = WordTestData.ReadWord("features");
        var item = word.Document.Paragraphs.First(p => p.Text.StartsWith("1. ", StringComparison.Ordinal));

        Assert.That(word.Locate(item.Location.Span.Start)?.ToString(), Is.EqualTo("paragraph 9, numbering"));
        Assert.That(word.Locate(item.Location.Span.Start + 3)?.ToString(), Is.EqualTo("paragraph 9, run 1"));
    }

    [TestCaseSource(nameof(NumberFormats))]
    public void A_list_counter_is_written_in_its_number_format(int value, string format, string expected)
    {
        Assert.That(NumberFormatter.Format(value, format), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(StyleNames))]
    public void A_paragraph_style_is_known_by_its_name(string name, string block, int level)
    {
        var script = $"styles\tNo Title\t{name}\theading 2\tno-outline\nnumbering\tnone\t%1\tnone\t%2\n"
            + "title\tReport on Patents\np\tThe opening paragraph of the report states its aim in full.\nh1\tFilings and grants\np\tFilings rose to 5,000.\n";
        var document = new WordReader().ReadWord(DocxScript.BuildText(script), name + ".docx").Document;

        var expected = block == "Heading" ? $"Heading {level}  | Filings and grants" : $"{block} | Filings and grants";
        Assert.That(WordTestData.Describe(document.Blocks[2]), Is.EqualTo(expected));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<string[]> Rows(string name) =>
        File.ReadAllLines(WordTestData.Path(name), Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));
}
