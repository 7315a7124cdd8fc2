using Extract.Quantities;
using Extract.Tests.Support;

namespace Extract.Tests.Quantities;

/// <summary>The Chinese edition as poppler extracts it from the PDF (spaces where fonts change, <c>17.36 万件</c>;
/// full-width punctuation; lines broken anywhere) yields the same quantities as the normalized text the fixture lists:
/// the recognizer does not depend on the reader's normalization.</summary>
[TestFixture]
public class RawPdfTextQuantitiesTests
{
    [Test]
    public void The_raw_pdf_text_of_the_chinese_edition_gives_every_listed_quantity()
    {
        var path = TestData.RequireShared("corpus/pdf/wp2019-zh.pdftotext.txt");

        // Join the lines of the raw text (a Chinese line break is no space), dropping page-number lines (—1—), which
        // are the reader's business; running headers stay, and add their year on every page.
        var lines = File.ReadAllLines(path).Select(l => l.Trim('\f', ' ')).ToList();
        var header = lines.First(l => l.Length > 0);
        var body = string.Concat(lines.Where(l => !IsPageNumber(l)));
        var found = QuantityRecognizer.RecognizeChinese(body).Select(Measure).ToList();

        var expected = File.ReadLines(TestData.Fixture("quantities", "whitepaper-2019.zh.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("sentence", StringComparison.Ordinal))
            .Select(l => Measure(l.Split('\t')))
            .ToList();

        var missing = Subtract(expected, found);
        var extra = Subtract(found, expected);
        var headerYears = lines.Count(l => l == header) - 1;
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, "listed quantities not found in the raw text:\n" + string.Join('\n', missing));
            Assert.That(extra, Has.Count.LessThanOrEqualTo(headerYears).And.All.StartWith("2019 1 year"), "found beyond the list (only the running headers' year may be):\n" + string.Join('\n', extra));
        });
    }

    private static bool IsPageNumber(string line) => line.Length > 0 && line.All(c => char.IsDigit(c) || c is '—' or '-' or ' ');

    // The measure of a quantity, without its text: what must not depend on how the text was spaced.
    private static string Measure(Quantity quantity)
    {
        var row = QuantityRow.Format(quantity).Split('\t');
        return Measure(["0", .. row]);
    }

    private static string Measure(string[] columns) => string.Join(' ', QuantityRow.Normalize(string.Join('\t', columns.Skip(1))).Split('\t').Skip(1));

    private static List<string> Subtract(List<string> from, List<string> remove)
    {
        var left = from.ToList();
        var rest = remove.ToList();
        var result = new List<string>();
        foreach (var item in left)
        {
            if (!rest.Remove(item))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
