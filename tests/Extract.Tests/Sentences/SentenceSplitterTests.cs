using Extract.Documents;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Tests.Sentences;

[TestFixture]
public class SentenceSplitterTests
{
    private static IEnumerable<TestCaseData> Cases() => CaseFile.Read("sentences", "cases.txt");

    [TestCaseSource(nameof(Cases))]
    public void Splits_text_into_sentences(string text, string expected)
    {
        var language = LanguageDetector.Detect(text);

        var sentences = SentenceSplitter.SplitText(text, language).Select(s => text.Substring(s.Start, s.Length));

        Assert.That(sentences, Is.EqualTo(expected.Split('\n')));
    }

    [TestCase("2019年,上海专利申请量", 8, TestName = "Section 一 of the Chinese edition: 8 sentences (hand count)")]
    [TestCase("发挥司法保护主导作用。", 11, TestName = "The judicial-protection paragraph of the Chinese edition: 11 sentences (hand count)")]
    [TestCase("In 2019, the total number of patent filings", 11, TestName = "Section I of the English edition: 11 sentences (hand count)")]
    [TestCase("Progress in Enhancing the IP Administrative Functions.", 5, TestName = "The first paragraph of section II of the English edition: 5 sentences (hand count)")]
    public void Counts_the_sentences_of_paragraphs_of_the_2019_white_paper(string paragraphStart, int expected)
    {
        var editions = EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));
        var paragraph = editions.Chinese.Paragraphs.Concat(editions.English.Paragraphs).Single(p => p.Text.StartsWith(paragraphStart, StringComparison.Ordinal));

        Assert.That(SentenceSplitter.Split(paragraph), Has.Length.EqualTo(expected));
    }

    [Test]
    public void Each_sentence_span_points_at_its_text_in_the_document()
    {
        var document = TestData.ReadSample("whitepaper-2019.zh-en.txt");

        var sentences = SentenceSplitter.Split(document);

        Assert.That(sentences, Has.Length.GreaterThan(250));
        Assert.Multiple(() =>
        {
            foreach (var sentence in sentences)
            {
                Assert.That(document.Slice(sentence.Span), Is.EqualTo(sentence.Text));
                Assert.That(document.Blocks[sentence.BlockIndex].Location.Span.Contains(sentence.Span), Is.True);
            }
        });
    }

    [Test]
    public void A_run_of_forty_thousand_initials_runs_on_like_U_S_into_the_next_sentence()
    {
        // Hostile input: 160,000 characters of "a.b." that once were walked back at every full stop.
        var text = string.Concat(Enumerable.Repeat("a.b.", 40_000)) + " Next comes a sentence. And one more.";

        var sentences = SentenceSplitter.SplitText(text, Language.English).Select(s => text.Substring(s.Start, s.Length)).ToList();

        // As after "U.S.", a full stop closing dotted initials does not end the sentence.
        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0], Does.StartWith("a.b.a.b.").And.EndWith(" Next comes a sentence."));
        Assert.That(sentences[1], Is.EqualTo("And one more."));
    }
}
