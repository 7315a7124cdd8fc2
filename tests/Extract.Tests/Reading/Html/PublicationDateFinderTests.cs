using System.Globalization;
using Extract.Reading.Html;

namespace Extract.Tests.Reading.Html;

/// <summary>Dates as portals write them are read into calendar dates.</summary>
[TestFixture]
public class PublicationDateFinderTests
{
    private static IEnumerable<TestCaseData> Dates =>
        HtmlTestData.Rows("publication-dates.tsv").Select(r => new TestCaseData(r[0], r[1] == "-" ? (DateOnly?)null : DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)).SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(Dates))]
    public void A_date_is_read_as_written(string text, DateOnly? date)
    {
        Assert.That(PublicationDateFinder.Parse(text), Is.EqualTo(date));
    }
}
