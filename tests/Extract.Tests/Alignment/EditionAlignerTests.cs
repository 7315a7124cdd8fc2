using Extract.Alignment;
using Extract.Documents;
using Extract.Splitting;

namespace Extract.Tests.Alignment;

[TestFixture]
public class EditionAlignerTests
{
    private static EditionAlignment Align2019() =>
        new EditionAligner().Align(EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt")));

    [Test]
    public void Sections_are_paired_by_their_numbers_with_the_preface_as_section_zero()
    {
        var alignment = Align2019();

        Assert.That(alignment.Sections.Select(s => s.Ordinal), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5, 6 }));
        Assert.That(alignment.Sections.Skip(1).Select(s => (s.Chinese!.Number!.Ordinal, s.English!.Number!.Ordinal)), Is.All.Matches<(int Zh, int En)>(p => p.Zh == p.En));
        Assert.That(alignment.Sections[3].Chinese!.Text, Does.StartWith("三、"));
        Assert.That(alignment.Sections[3].English!.Text, Does.StartWith("III."));
    }

    [TestCase("2019年上海市知识产权创造情况", "IP Creation in Shanghai in 2019")]
    [TestCase("2019年上海法院知识产权案件审理情况", "IP Cases Accepted by Courts of Shanghai")]
    [TestCase("2019年,上海专利申请量", "In 2019, the total number of patent filings")]
    [TestCase("提升知识产权行政管理效能。", "Progress in Enhancing the IP Administrative Functions.")]
    public void A_chinese_block_is_linked_with_its_translation(string chinese, string english)
    {
        var passage = Align2019().Sections.SelectMany(s => s.Passages).Single(p => p.Chinese.Any(b => b.Text.StartsWith(chinese, StringComparison.Ordinal)));

        Assert.That(passage.English.Select(b => b.Text), Has.Some.StartsWith(english));
    }

    [Test]
    public void A_chinese_paragraph_translated_as_three_paragraphs_is_linked_to_all_three()
    {
        var passage = Align2019().Sections[3].Passages.Single(p => p.Chinese.Any(b => b.Text.StartsWith("发挥司法保护主导作用。", StringComparison.Ordinal)));

        Assert.That(passage.English.Select(b => b.Text[..20]), Is.EqualTo(new[] { "Emphasizing the Domi", "Shanghai High People", "Shanghai People's Pr" }));
    }

    [Test]
    public void Every_block_and_sentence_of_both_editions_is_in_exactly_one_link()
    {
        var alignment = Align2019();
        var editions = alignment.Editions;

        var zhBlocks = alignment.Sections.SelectMany(s => s.Passages).SelectMany(p => p.Chinese).Count();
        var enBlocks = alignment.Sections.SelectMany(s => s.Passages).SelectMany(p => p.English).Count();
        var zhSentences = alignment.SentenceLinks.SelectMany(l => l.Chinese).Select(s => s.Span.Start).ToList();

        Assert.That(zhBlocks + editions.Chinese.Sections.Count(), Is.EqualTo(editions.Chinese.Blocks.Length));
        Assert.That(enBlocks + editions.English.Sections.Count(), Is.EqualTo(editions.English.Blocks.Length));
        Assert.That(zhSentences, Is.Unique.And.Ordered);
    }

    [Test]
    public void The_first_chinese_sentence_of_section_one_is_linked_with_the_first_two_english_sentences()
    {
        // 2019年…同比分别增长13.77%和6.58%; is translated by two English sentences (all patents, then invention patents).
        var passage = Align2019().Sections[1].Passages[1];

        var first = passage.Sentences[0];

        Assert.That(first.Chinese.Single().Text, Does.StartWith("2019年,上海专利申请量"));
        Assert.That(first.English.Select(s => s.Text[..16]), Is.EqualTo(new[] { "In 2019, the tot", "The number of in" }));
    }
}
