using Extract.Documents;
using Extract.Splitting;

namespace Extract.Tests.Splitting;

[TestFixture]
public class EditionsTests
{
    [Test]
    public void Two_documents_are_paired_by_their_language_in_either_order()
    {
        var editions = EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));

        var paired = Editions.Pair(editions.English, editions.Chinese);

        Assert.That(paired.Chinese, Is.SameAs(editions.Chinese));
        Assert.That(paired.English, Is.SameAs(editions.English));
    }

    [Test]
    public void Two_documents_in_the_same_language_are_refused_with_both_names()
    {
        var first = TestData.ReadSample("whitepaper-2024.en.txt");
        var second = TestData.ReadSample("press-2024-04-25-shanghai-ip-week.en.txt");

        var error = Assert.Throws<SameLanguageException>(() => Editions.Pair(first, second));

        Assert.That(error!.Language, Is.EqualTo(Language.English));
        Assert.That(error.Message, Does.Contain("whitepaper-2024.en.txt").And.Contain("press-2024-04-25-shanghai-ip-week.en.txt").And.Contain("both English"));
    }
}
