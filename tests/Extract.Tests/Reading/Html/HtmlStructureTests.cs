using System.Globalization;
using Extract.Documents;

namespace Extract.Tests.Reading.Html;

/// <summary>The structure of an article (title, headings with levels and numbering, paragraphs split on blocks and
/// double breaks with inline runs joined, lists, data tables with header rows, layout tables, chrome inside the
/// container) as specified in <c>Data/html/structure.expected.txt</c>.</summary>
[TestFixture]
public class HtmlStructureTests
{
    [Test]
    public void Blocks_are_read_as_specified()
    {
        var document = HtmlTestData.Read("structure.html").Document;
        var expected = File.ReadLines(HtmlTestData.Page("structure.expected.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'));

        Assert.That(document.Blocks.Select(Describe), Is.EqualTo(expected));
    }

    [Test]
    public void Table_cells_point_into_the_text()
    {
        var document = HtmlTestData.Read("structure.html").Document;
        var table = document.Blocks.OfType<Table>().First();

        Assert.That(table.Rows[0].IsHeader, Is.True);
        Assert.That(table.Rows.Skip(1), Has.All.Property(nameof(TableRow.IsHeader)).False);
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            Assert.That(document.Slice(cell.Span).Trim(), Is.EqualTo(cell.Text));
        }
    }

    [Test]
    public void Numbered_headings_carry_their_numbering()
    {
        var document = HtmlTestData.Read("structure.html").Document;

        Assert.That(document.Sections.Select(h => h.Number!.Ordinal), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(document.Headings.Single(h => h.Level == 2 && h.Number is not null).Number!.Style, Is.EqualTo(NumberingStyle.ParenthesizedChineseNumeral));
    }

    private static IEnumerable<TestCaseData> Titles =>
        HtmlTestData.Rows("titles.tsv").Select(r => new TestCaseData(r[0], r[1]).SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(Titles))]
    public void Without_a_heading_the_title_is_the_page_title_without_the_site_name(string pageTitle, string title)
    {
        var page = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{pageTitle}</title></head><body><div class=\"TRS_Editor\"><p>2019年，上海专利申请量17.36万件。</p></div></body></html>";

        var document = new Extract.Reading.Html.HtmlReader().ReadMarkup(page, "page.html").Document;

        Assert.That(document.Title, Is.EqualTo(title));
        Assert.That(document.Blocks[0].Location.ElementPath, Is.EqualTo("html > head > title"));
    }

    [TestCase("<div class=\"article\"><div class=\"article-head\"><h1>2019年上海知识产权白皮书</h1><span>浏览次数：8,317</span></div><div class=\"article-body\"><p>2019年，上海专利申请量17.36万件。</p></div></div>", "h1")]
    [TestCase("<div class=\"article\"><div class=\"news_header\"><div class=\"news_title\">2019年上海知识产权白皮书</div></div><div class=\"TRS_Editor\"><p>2019年，上海专利申请量17.36万件。</p></div></div>", "div:nth-of-type(1) > div:nth-of-type(1) > div")]
    [TestCase("<header class=\"site\"><h1 class=\"logo\">上海市知识产权局</h1></header><article><header><h1>2019年上海知识产权白皮书</h1></header><p>2019年，上海专利申请量17.36万件。</p></article>", "article > header > h1")]
    public void The_title_in_the_header_of_an_article_is_found_and_the_site_logo_is_not(string body, string titlePath)
    {
        var page = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>上海市知识产权局</title></head><body>{body}<div class=\"footer\">版权所有：上海市知识产权局</div></body></html>";

        var document = new Extract.Reading.Html.HtmlReader().ReadMarkup(page, "page.html").Document;

        Assert.That(document.Title, Is.EqualTo("2019年上海知识产权白皮书"));
        Assert.That(document.Blocks[0].Location.ElementPath, Does.Contain(titlePath));
        Assert.That(document.Text, Does.Not.Contain("8,317").And.Not.Contain("上海市知识产权局"));
    }

    private static string Describe(Block block) => block switch
    {
        Heading h => $"heading {h.Level.ToString(CultureInfo.InvariantCulture)}\t{h.Text}",
        Table t => $"table {t.Rows.TakeWhile(r => r.IsHeader).Count().ToString(CultureInfo.InvariantCulture)}\t{string.Join(" / ", t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))))}",
        Caption c => $"caption\t{c.Text}",
        _ => $"paragraph\t{block.Text}",
    };
}
