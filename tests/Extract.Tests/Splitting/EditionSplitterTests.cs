using System.Text.RegularExpressions;
using Extract.Documents;
using Extract.Reading.Text;
using Extract.Splitting;

namespace Extract.Tests.Splitting;

[TestFixture]
public class EditionSplitterTests
{
    private static Editions Split2019() => EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));

    [Test]
    public void The_chinese_edition_of_2019_has_six_sections_numbered_one_to_six()
    {
        var sections = Split2019().Chinese.Sections.ToList();

        Assert.That(sections.Select(s => s.Number!.Text), Is.EqualTo(new[] { "一、", "二、", "三、", "四、", "五、", "六、" }));
        Assert.That(sections.Select(s => s.Number!.Ordinal), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(sections[0].Title, Is.EqualTo("知识产权创造实现量质齐升"));
    }

    [Test]
    public void The_english_edition_of_2019_has_six_sections_numbered_I_to_VI()
    {
        var sections = Split2019().English.Sections.ToList();

        Assert.That(sections.Select(s => s.Number!.Text), Is.EqualTo(new[] { "I.", "II.", "III.", "IV.", "V.", "VI." }));
        Assert.That(sections[0].Title, Is.EqualTo("Improvement in Both Quantity and Quality of IP Creations"));
    }

    [Test]
    public void Each_edition_has_its_own_title_and_language()
    {
        var editions = Split2019();

        Assert.That(editions.Chinese.Title, Is.EqualTo("2019年上海知识产权白皮书"));
        Assert.That(editions.Chinese.Language, Is.EqualTo(Language.Chinese));
        Assert.That(editions.English.Title, Is.EqualTo("Intellectual Property Development in Shanghai in the Year 2019"));
        Assert.That(editions.English.Language, Is.EqualTo(Language.English));
    }

    [Test]
    public void Nothing_of_one_language_is_left_in_the_other_edition()
    {
        var editions = Split2019();

        Assert.That(editions.Chinese.Blocks.Select(b => b.Language), Has.None.EqualTo(Language.English));
        Assert.That(editions.English.Blocks.Select(b => b.Language), Has.None.EqualTo(Language.Chinese));
        Assert.That(editions.English.Text, Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}{2,}"));
    }

    [Test]
    public void Chart_captions_and_the_back_cover_stay_with_the_chinese_edition()
    {
        var chinese = Split2019().Chinese;

        var captions = chinese.Blocks.OfType<Caption>().Select(c => c.Text).ToList();

        Assert.That(captions, Does.Contain("2019年上海市知识产权创造情况").And.Contain("2019年上海法院知识产权案件审理情况"));
        Assert.That(chinese.Blocks[^1].Text, Is.EqualTo("2019年上海知识产权自皮书"));
    }

    [Test]
    public void Edition_offsets_map_back_to_the_original_file()
    {
        var editions = Split2019();

        foreach (var edition in new[] { editions.Chinese, editions.English })
        {
            var numbers = Regex.Matches(edition.Text, @"\d[\d.,]*\d");
            Assert.That(numbers, Is.Not.Empty);
            foreach (Match number in numbers)
            {
                var source = edition.ToSource(new TextSpan(number.Index, number.Length));
                Assert.That(edition.Source.Substring(source.Start, source.Length), Is.EqualTo(number.Value));
            }
        }
    }

    [Test]
    public void An_english_edition_followed_by_the_chinese_one_is_split_too()
    {
        var text = File.ReadAllText(TestData.Sample("whitepaper-2019.zh-en.txt"));
        var englishStart = text.IndexOf("Intellectual Property Development in Shanghai in the Year 2019", StringComparison.Ordinal);
        var reversed = text[englishStart..] + "\n\n" + text[..englishStart];

        var editions = EditionSplitter.Split(PlainTextReader.ReadText(reversed, "reversed.txt"));

        Assert.That(editions.Chinese.Sections.Count(), Is.EqualTo(6));
        Assert.That(editions.English.Sections.Count(), Is.EqualTo(6));
        Assert.That(editions.Chinese.Blocks.Select(b => b.Language), Has.None.EqualTo(Language.English));
    }

    [TestCase("whitepaper-2024.en.txt")]
    [TestCase("press-2024-04-25-shanghai-ip-week.en.txt", TestName = "A language link in Chinese does not make an edition")]
    public void A_document_in_one_language_is_refused_with_its_name(string sample)
    {
        var document = TestData.ReadSample(sample);

        var error = Assert.Throws<NotBilingualException>(() => EditionSplitter.Split(document));

        Assert.That(error!.Message, Does.Contain(sample).And.Contain("one edition only"));
        Assert.That(EditionSplitter.IsBilingual(document), Is.False);
    }
}
