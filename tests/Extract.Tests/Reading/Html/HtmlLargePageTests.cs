using System.Globalization;
using System.Text;
using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>A page with a very large number of sibling elements is read whole: the walks over the page step from one
/// node to the next in constant time, whatever the number of siblings.</summary>
[TestFixture]
public class HtmlLargePageTests
{
    private const int Paragraphs = 100_000;

    [Test]
    public void A_page_of_a_hundred_thousand_paragraphs_is_read_paragraph_by_paragraph()
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>专利统计</title></head><body><article>");
        for (var i = 1; i <= Paragraphs; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p>第{i}段：全年专利申请量增长了{i % 97}%。</p>\n");
        }

        page.Append("</article></body></html>");
        var bytes = Encoding.UTF8.GetBytes(page.ToString());
        Assert.That(bytes.Length, Is.GreaterThan(5_000_000));

        var document = new HtmlReader().ReadArticle(bytes, "large.html").Document;

        var texts = document.Paragraphs.Select(p => p.Text).ToList();
        Assert.That(texts, Has.Count.EqualTo(Paragraphs));
        Assert.That(texts[0], Is.EqualTo("第1段：全年专利申请量增长了1%。"));
        Assert.That(texts[^1], Is.EqualTo($"第{Paragraphs}段：全年专利申请量增长了{Paragraphs % 97}%。"));
        Assert.That(texts.Select((t, i) => t.StartsWith($"第{i + 1}段：", StringComparison.Ordinal)), Is.All.True);
    }
}
