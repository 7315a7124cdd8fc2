using Extract.Documents;
using Extract.Facts;
using Extract.Reading;
using Extract.Splitting;

namespace Extract.Tests.Facts;

/// <summary>A document published as a web page yields the same facts as its plain text, and none from the page's
/// chrome (ICP numbers, phone numbers, visit counters, page dates).</summary>
[TestFixture]
public class HtmlFactsTests
{
    private static string Describe(Fact fact) =>
        $"{fact.Indicator?.Id ?? "-"} {fact.Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {fact.Quantity.Unit.Kind}";

    private static Document Edition(string sample, Language language)
    {
        var document = TestData.ReadSample(sample);
        if (!EditionSplitter.IsBilingual(document))
        {
            return document;
        }

        var editions = EditionSplitter.Split(document);
        return language == Language.Chinese ? editions.Chinese : editions.English;
    }

    [TestCase("whitepaper-2019.zh.trs-gb2312.html", "whitepaper-2019.zh-en.txt", Language.Chinese)]
    [TestCase("whitepaper-2019.en.semantic.html", "whitepaper-2019.zh-en.txt", Language.English)]
    [TestCase("press-2024-04-25.en.union.html", "press-2024-04-25-shanghai-ip-week.en.txt", Language.English)]
    public void A_web_page_yields_the_facts_of_its_text(string page, string sample, Language language)
    {
        var extractor = new FactExtractor();

        var fromHtml = extractor.Extract(new DocumentReader().Read(TestData.Fixture("html", page))).Select(Describe).ToList();
        var fromText = extractor.Extract(Edition(sample, language)).Select(Describe).ToList();

        Assert.That(fromHtml, Is.EquivalentTo(fromText));
    }
}
