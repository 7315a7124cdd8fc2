using System.Text;
using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Html;
using Extract.Reading.Text;
using Extract.Splitting;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Html;

/// <summary>The portal pages under <c>Data/html</c> and the tables that describe them.</summary>
internal static class HtmlTestData
{
    static HtmlTestData() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The path of a file under <c>Data/html</c>.</summary>
    public static string Page(string name) => TestData.Fixture("html", name);

    /// <summary>The rows of a tab-separated table under <c>Data/html</c>, without comments and blank lines.</summary>
    public static IEnumerable<string[]> Rows(string table) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "html", table), Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));

    /// <summary>Reads a page with the HTML reader.</summary>
    public static HtmlArticle Read(string page) => new HtmlReader().ReadArticle(File.ReadAllBytes(Page(page)), page);

    /// <summary>The edition of a sample text document read by the plain-text reader.</summary>
    public static Document ReadPlainText(string sample, Language edition)
    {
        var document = TestData.ReadSample(sample);
        if (!EditionSplitter.IsBilingual(document))
        {
            return document;
        }

        var editions = EditionSplitter.Split(document);
        return edition == Language.Chinese ? editions.Chinese : editions.English;
    }

    /// <summary>The options that read HTML before plain text, as the default options are meant to.</summary>
    public static ReaderOptions WithHtml(ReaderOptions? options = null) =>
        (options ?? ReaderOptions.Default) with { Formats = [new HtmlReader(), new PlainTextReader()] };
}
