using System.Globalization;
using Extract.Documents;

namespace Extract.Tests.Reading.Html;

/// <summary>One row of <c>Data/html/pages.tsv</c>: a portal page and the plain text of the same document.</summary>
public sealed record HtmlPageCase(string Page, string Layout, string PlainText, Language Edition, string Title, DateOnly PublicationDate, int Sections)
{
    /// <summary>Every page of the table.</summary>
    public static IEnumerable<TestCaseData> All => HtmlTestData.Rows("pages.tsv").Select(r =>
        new TestCaseData(new HtmlPageCase(
            r[0],
            r[1],
            r[2],
            Enum.Parse<Language>(r[3]),
            r[4],
            DateOnly.ParseExact(r[5], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(r[6], CultureInfo.InvariantCulture))).SetArgDisplayNames(r[0]));

    /// <inheritdoc/>
    public override string ToString() => Page;
}
