using System.Text;
using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>Pages are recognized by their first bytes, not by their names.</summary>
[TestFixture]
public class HtmlSnifferTests
{
    private static IEnumerable<TestCaseData> Heads =>
        HtmlTestData.Rows("sniffing.tsv").Select(r => new TestCaseData(Unescape(r[0]), r[1] == "yes").SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(Heads))]
    public void The_first_bytes_tell_whether_the_input_is_a_page(string head, bool isHtml)
    {
        Assert.That(new HtmlReader().CanRead(Encoding.UTF8.GetBytes(head), "download"), Is.EqualTo(isHtml));
    }

    [TestCaseSource(nameof(Heads))]
    public void A_page_in_UTF16_is_recognized_as_well(string head, bool isHtml)
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(head.TrimStart('\uFEFF'))).ToArray();

        Assert.That(new HtmlReader().CanRead(bytes, "download"), Is.EqualTo(isHtml));
    }

    [TestCase("page.html")]
    [TestCase("PAGE.HTM")]
    [TestCase("t20200428_123.shtml")]
    public void A_page_name_is_enough_to_claim_the_input(string name)
    {
        Assert.That(new HtmlReader().CanRead("plain words"u8, name), Is.True);
    }

    private static string Unescape(string text) => text.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\uFEFF", "\uFEFF", StringComparison.Ordinal);
}
