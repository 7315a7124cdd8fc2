using System.Globalization;
using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>Dates as portals write them are read into calendar dates.</summary>
[TestFixture]
public class PublicationDateFinderTests
{
    private static IEnumerable<TestCaseData> Dates =>
        HtmlTestData.Rows("publication-dates.tsv").Select(r => new TestCaseData(r[0], r[1] == "-" ? (DateOnly?)null : DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)).SetArgDisplayNames(r[0]));

    private static IEnumerable<TestCaseData> Pages =>
        HtmlTestData.Rows("page-dates.tsv").Select(r => new TestCaseData(r[0], r[1] == "-" ? (DateOnly?)null : DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)).SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(Pages))]
    public void The_publication_date_is_the_one_the_page_states_not_its_update_date(string body, DateOnly? date)
    {
        var page = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>{body}</body></html>";

        Assert.That(new HtmlReader().ReadMarkup(page, "page.html").PublicationDate, Is.EqualTo(date));
    }

    [TestCaseSource(nameof(Dates))]
    public void A_date_is_read_as_written(string text, DateOnly? date)
    {
        Assert.That(PublicationDateFinder.Parse(text), Is.EqualTo(date));
    }
}
