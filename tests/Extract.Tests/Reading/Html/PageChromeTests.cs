using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>Lines of page chrome inside an article container are told from article text.</summary>
[TestFixture]
public class PageChromeTests
{
    private static IEnumerable<TestCaseData> Lines =>
        HtmlTestData.Rows("chrome-lines.tsv").Select(r => new TestCaseData(r[0], r[1] == "chrome").SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(Lines))]
    public void A_line_is_chrome_or_article_text(string line, bool isChrome)
    {
        Assert.That(PageChrome.IsChromeText(line), Is.EqualTo(isChrome));
    }
}
