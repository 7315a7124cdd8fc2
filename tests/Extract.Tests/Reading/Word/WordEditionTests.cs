using Extract.Documents;
using Extract.Facts;
using Extract.Reading.Word;
using Extract.Sentences;

namespace Extract.Tests.Reading.Word;

[TestFixture]
public class WordEditionTests
{
    private static readonly string[] Editions = ["whitepaper-2019.zh", "whitepaper-2019.en"];

    [TestCaseSource(nameof(Editions))]
    public void Blocks_equal_those_of_the_text_edition(string edition)
    {
        var word = WordTestData.ReadWord(edition).Document;
        var text = WordTestData.ReadText(edition);

        Assert.That(word.Blocks.Select(WordTestData.Describe), Is.EqualTo(text.Blocks.Select(WordTestData.Describe)));
        Assert.That(word.Format, Is.EqualTo(DocumentFormat.Docx));
        Assert.That(word.Title, Is.EqualTo(text.Title));
        Assert.That(word.Language, Is.EqualTo(text.Language));
    }
}
