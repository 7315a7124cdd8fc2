using Extract.Reading.Pdf.Layout;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Pdf;

[TestFixture]
public class PdfLayoutTests
{
    public static IEnumerable<TestCaseData> PageNumbers() =>
        File.ReadLines(TestData.Fixture("pdf", "page-numbers.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(r => new TestCaseData(r[0], bool.Parse(r[1])).SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(PageNumbers))]
    public void Page_numbers_are_told_from_other_margin_lines(string line, bool isPageNumber) =>
        Assert.That(RunningLines.IsPageNumber(line), Is.EqualTo(isPageNumber));
}
