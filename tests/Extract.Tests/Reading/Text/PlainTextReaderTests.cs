using System.Text.RegularExpressions;
using Extract.Documents;
using Extract.Reading.Text;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Text;

[TestFixture]
public partial class PlainTextReaderTests
{
    private static IEnumerable<TestCaseData> NormalizationCases() => CaseFile.Read("reading", "normalization.txt");

    [TestCaseSource(nameof(NormalizationCases))]
    public void Normalizes_the_residue_of_conversion(string input, string expected)
    {
        var document = PlainTextReader.ReadText(input, "case.txt");

        Assert.That(document.Text, Is.EqualTo(expected));
    }

    [Test]
    public void Every_number_in_the_normalized_text_maps_back_to_the_same_digits_in_the_source()
    {
        var document = TestData.ReadSample("whitepaper-2019.zh-en.txt");

        var numbers = Number().Matches(document.Text);
        Assert.That(numbers, Has.Count.GreaterThan(250));
        Assert.Multiple(() =>
        {
            foreach (Match number in numbers)
            {
                var source = document.ToSource(new TextSpan(number.Index, number.Length));
                Assert.That(document.Source.Substring(source.Start, source.Length), Is.EqualTo(number.Value), $"at {number.Index}");
            }
        });
    }

    [Test]
    public void Full_width_digits_map_back_to_their_full_width_source()
    {
        const string source = "标题行\n\n上海专利申请量 １７．３６ 万件。";
        var document = PlainTextReader.ReadText(source, "case.txt");

        var start = document.Text.IndexOf("17.36", StringComparison.Ordinal);
        var span = document.ToSource(new TextSpan(start, 5));

        Assert.That(source.Substring(span.Start, span.Length), Is.EqualTo("１７．３６"));
    }

    [Test]
    public void Each_block_span_holds_the_block_text()
    {
        var document = TestData.ReadSample("whitepaper-2024.en.txt");

        Assert.That(document.Blocks, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var block in document.Blocks)
            {
                Assert.That(document.Slice(block.Location.Span), Is.EqualTo(block.Text));
            }
        });
    }

    [Test]
    public void Markdown_headings_of_the_2024_white_paper_are_its_title_and_five_numbered_sections()
    {
        var document = TestData.ReadSample("whitepaper-2024.en.txt");

        Assert.That(document.Title, Is.EqualTo("Intellectual Property Development in Shanghai in the Year 2024"));
        Assert.That(document.Sections.Select(h => h.Number!.Ordinal), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(document.Sections.Select(h => h.Title).First(), Is.EqualTo("Strengthen IP Institutional Safeguards"));
    }

    [Test]
    public void A_transcript_with_one_paragraph_per_line_keeps_each_line_as_a_block()
    {
        var document = TestData.ReadSample("scio-briefing-2024-07-29.en.txt");

        Assert.That(document.Blocks.Select(b => b.Text), Does.Contain("Speakers").And.Contain("Chairperson:"));
        Assert.That(document.Text, Does.Not.Contain("_ueditor_page_break_tag_"));
    }

    [Test]
    public void The_press_release_is_english_with_its_language_link_left_as_a_chinese_line()
    {
        var document = TestData.ReadSample("press-2024-04-25-shanghai-ip-week.en.txt");

        Assert.That(document.Language, Is.EqualTo(Language.English));
        Assert.That(document.Blocks[0].Text, Is.EqualTo("中文版"));
        Assert.That(document.Blocks[0].Language, Is.EqualTo(Language.Chinese));
        Assert.That(document.Paragraphs.First().Text, Does.StartWith("On the morning of today (April 25), the Information Office"));
    }

    [GeneratedRegex(@"\d[\d.,]*\d")]
    private static partial Regex Number();
}
