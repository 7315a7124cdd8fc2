using System.Text.RegularExpressions;
using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>The seed documents laid out as portal pages read into the same paragraphs as their plain text, without
/// the page around them.</summary>
[TestFixture]
public partial class HtmlReaderTests
{
    private static IEnumerable<TestCaseData> Pages => HtmlPageCase.All;

    private static IEnumerable<TestCaseData> ChromeNumbers =>
        HtmlTestData.Rows("chrome-numbers.tsv").Select(r => new TestCaseData(r[0], r[1]).SetArgDisplayNames(r[0], r[2], r[1]));

    [TestCaseSource(nameof(Pages))]
    public void Paragraphs_equal_those_read_from_the_plain_text(HtmlPageCase page)
    {
        var html = HtmlTestData.Read(page.Page).Document;
        var text = HtmlTestData.ReadPlainText(page.PlainText, page.Edition);

        Assert.That(SentenceRuns(html), Is.EqualTo(SentenceRuns(text)));
    }

    [Test]
    public void Paragraphs_of_the_classic_page_equal_those_of_the_plain_text_one_for_one()
    {
        // The Chinese edition's plain text has no paragraph cut by a page break, so no run needs joining.
        var html = HtmlTestData.Read("whitepaper-2019.zh.trs-gb2312.html").Document;
        var text = HtmlTestData.ReadPlainText("whitepaper-2019.zh-en.txt", Language.Chinese);

        Assert.That(html.Paragraphs.Select(p => p.Text), Is.EqualTo(text.Paragraphs.Select(p => p.Text)));
        Assert.That(html.Paragraphs.Count(), Is.EqualTo(Regex.Count(html.Source, "<p style=\"text-indent:2em;line-height:1.8\">")));
    }

    [TestCaseSource(nameof(Pages))]
    public void Section_headings_equal_those_read_from_the_plain_text(HtmlPageCase page)
    {
        var html = HtmlTestData.Read(page.Page).Document;
        var text = HtmlTestData.ReadPlainText(page.PlainText, page.Edition);

        Assert.That(html.Sections.Select(h => h.Text), Is.EqualTo(text.Sections.Select(h => h.Text)));
        Assert.That(html.Sections.Count(), Is.EqualTo(page.Sections));
        Assert.That(html.Sections.Select(h => h.Number?.Ordinal), Is.EqualTo(Enumerable.Range(1, page.Sections).Cast<int?>()));
    }

    [TestCaseSource(nameof(ChromeNumbers))]
    public void No_number_of_the_page_chrome_reaches_the_text(string page, string number)
    {
        var document = HtmlTestData.Read(page).Document;

        Assert.That(document.Text, Does.Not.Contain(number));
    }

    [TestCaseSource(nameof(ChromeNumbers))]
    public void The_chrome_numbers_are_on_the_page(string page, string number)
    {
        // Guards the test above: a number that is not on the page proves nothing by being absent from the text.
        var markup = new HtmlReader().ReadArticle(File.ReadAllBytes(HtmlTestData.Page(page)), page).Document.Source;

        Assert.That(markup, Does.Contain(number));
    }

    [TestCaseSource(nameof(Pages))]
    public void Title_comes_from_the_page_and_is_the_first_block(HtmlPageCase page)
    {
        var document = HtmlTestData.Read(page.Page).Document;

        Assert.That(document.Title, Is.EqualTo(page.Title));
        Assert.That(document.Blocks[0], Is.InstanceOf<Heading>().With.Property(nameof(Heading.Level)).EqualTo(0));
    }

    [TestCaseSource(nameof(Pages))]
    public void Publication_date_is_read_from_the_page(HtmlPageCase page)
    {
        Assert.That(HtmlTestData.Read(page.Page).PublicationDate, Is.EqualTo(page.PublicationDate));
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_block_points_to_its_element_and_its_markup(HtmlPageCase page)
    {
        var document = HtmlTestData.Read(page.Page).Document;

        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Html));
        Assert.That(document.Language, Is.EqualTo(page.Edition));
        foreach (var block in document.Blocks)
        {
            Assert.That(block.Location.ElementPath, Does.Match(ElementPathPattern()), block.Text);

            // The first word of each block stands in the markup where the map says.
            var word = block.Text.Split(' ', '\t', '\n')[0];
            var head = word[..Math.Min(4, word.Length)];
            var source = document.ToSource(new TextSpan(block.Location.Span.Start, head.Length));
            Assert.That(document.Source.Substring(source.Start, head.Length), Is.EqualTo(head), block.Location.ElementPath);
        }
    }

    [Test]
    public void Editor_page_breaks_number_the_pages_of_a_transcript()
    {
        var document = HtmlTestData.Read("scio-briefing-2024-07-29.en.transcript.html").Document;
        var pageBreaks = Regex.Count(document.Source, "_ueditor_page_break_tag_");

        Assert.That(pageBreaks, Is.GreaterThan(1));
        Assert.That(document.Blocks.Select(b => b.Location.Page), Is.Ordered);
        Assert.That(document.Blocks.Select(b => b.Location.Page).Distinct(), Is.EqualTo(Enumerable.Range(1, pageBreaks + 1).Cast<int?>()));
        Assert.That(document.Text, Does.Not.Contain("_ueditor"));
        Assert.That(document.Blocks.First(b => b.Location.Page == 2).Text, Is.EqualTo("Xing Huina:"));
    }

    [Test]
    public void The_content_container_of_a_classic_page_is_its_editor_body()
    {
        var document = HtmlTestData.Read("whitepaper-2019.zh.trs-gb2312.html").Document;

        Assert.That(document.Blocks.Skip(1).Select(b => b.Location.ElementPath), Has.All.StartsWith("td#zoom > div > p"));
    }

    [Test]
    public void Figure_captions_are_captions_and_headings_keep_their_tag_level()
    {
        var document = HtmlTestData.Read("whitepaper-2019.en.semantic.html").Document;
        var captions = document.Blocks.OfType<Caption>().Where(c => c.Location.ElementPath!.EndsWith("figcaption", StringComparison.Ordinal));

        Assert.That(captions.Select(c => c.Text), Does.Contain("IP Cases Accepted by Courts of Shanghai in 2019"));
        Assert.That(document.Headings.Where(h => h.Location.ElementPath!.Contains("h2", StringComparison.Ordinal)), Has.All.Property(nameof(Heading.Level)).EqualTo(1));
    }

    [Test]
    public void Paragraphs_separated_by_double_breaks_are_split_and_single_breaks_joined()
    {
        var document = HtmlTestData.Read("press-2024-04-25.en.union.html").Document;

        // "1.<br />Advancing patent transformation: …" is one paragraph; nine <br /><br /> separate ten paragraphs.
        Assert.That(document.Paragraphs.Select(p => p.Text), Has.Some.StartsWith("1. Advancing patent transformation:"));
        Assert.That(Regex.Count(document.Source, "<br /><br />"), Is.EqualTo(9));
        Assert.That(document.Paragraphs.Count(), Is.EqualTo(10));
    }

    [Test]
    public void Reads_a_page_asynchronously_from_a_stream()
    {
        using var stream = File.OpenRead(HtmlTestData.Page("whitepaper-2019.en.semantic.html"));
        var article = new HtmlReader().ReadArticleAsync(stream, "whitepaper-2019.en.semantic.html").GetAwaiter().GetResult();

        Assert.That(article.Document.Paragraphs.Select(p => p.Text), Is.EqualTo(HtmlTestData.Read("whitepaper-2019.en.semantic.html").Document.Paragraphs.Select(p => p.Text)));
    }

    [Test]
    public void A_cancelled_read_stops()
    {
        using var stream = File.OpenRead(HtmlTestData.Page("whitepaper-2019.en.semantic.html"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(async () => await new HtmlReader().ReadArticleAsync(stream, "page.html", cancellationToken: cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [TestCaseSource(nameof(Pages))]
    public void The_document_reader_recognizes_the_page_by_its_content(HtmlPageCase page)
    {
        var bytes = File.ReadAllBytes(HtmlTestData.Page(page.Page));
        var document = new DocumentReader(HtmlTestData.WithHtml()).Read(bytes, "downloaded-without-extension");

        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Html));
        Assert.That(document.Title, Is.EqualTo(page.Title));
    }

    [Test]
    public void Plain_text_is_left_to_the_plain_text_reader()
    {
        var document = new DocumentReader(HtmlTestData.WithHtml()).Read(Tests.Support.TestData.Sample("press-2024-04-25-shanghai-ip-week.en.txt"));

        Assert.That(document.Format, Is.EqualTo(DocumentFormat.Text));
    }

    // Where the plain text was cut by page breaks, its reader joins the fragments of a paragraph (or leaves a list
    // number, or a short fragment taken for a caption, on its own), while the page marks each paragraph. Both
    // documents are compared the same way: paragraphs joined into runs that end a sentence, a bare list number
    // joined to what it numbers, and a caption joined to a paragraph that continues it in lower case.
    private static List<string> SentenceRuns(Document document)
    {
        var blocks = document.Blocks;
        var runs = new List<string>();
        var current = string.Empty;
        for (var i = 0; i < blocks.Length; i++)
        {
            var block = blocks[i];
            var continuedCaption = block is Caption && i + 1 < blocks.Length && blocks[i + 1] is Paragraph next && char.IsLower(next.Text[0]);
            if (block is not Paragraph && !continuedCaption)
            {
                continue;
            }

            current = current.Length == 0 ? block.Text : current + (block.Language == Language.Chinese ? string.Empty : " ") + block.Text;
            if (EndsSentence(current) && !BareListNumber().IsMatch(current))
            {
                runs.Add(current);
                current = string.Empty;
            }
        }

        if (current.Length > 0)
        {
            runs.Add(current);
        }

        return runs;
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '”', '’', '」');
        return trimmed.Length > 0 && "。！？.!?；;".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(\d{1,2}|[一二三四五六七八九十]+)[.、]$")]
    private static partial Regex BareListNumber();

    [GeneratedRegex(@"^([a-z][a-z0-9]*(#[A-Za-z][\w-]*)?(:nth-of-type\(\d+\))?)( > [a-z][a-z0-9]*(:nth-of-type\(\d+\))?)*$")]
    private static partial Regex ElementPathPattern();
}
