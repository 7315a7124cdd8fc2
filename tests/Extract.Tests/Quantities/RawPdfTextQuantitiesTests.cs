using Extract.Quantities;
using Extract.Tests.Support;

namespace Extract.Tests.Quantities;

/// <summary>Each edition as poppler extracts it from its PDF (spaces where fonts change, <c>17.36 万件</c>; full-width
/// punctuation; lines broken anywhere) yields the same measures as the normalized text the fixtures list: the
/// recognizer does not depend on the reader's normalization.</summary>
[TestFixture]
public class RawPdfTextQuantitiesTests
{
    [TestCase("zh")]
    [TestCase("en")]
    public void The_raw_pdf_text_of_an_edition_gives_exactly_the_listed_measures(string language)
    {
        var path = TestData.RequireShared($"corpus/pdf/wp2019-{language}.pdftotext.txt");

        // Join the lines (a Chinese line break is no space, an English one is), dropping page numbers (—1—, 1) and the
        // running headers that open every page after a form feed and cut sentences at page breaks: both are the
        // reader's business, not the recognizer's.
        var lines = File.ReadAllLines(path);
        var header = lines.First(l => l.StartsWith('\f') && l.Trim('\f').Length > 0).Trim('\f');
        var kept = lines.Where(l => !IsPageNumber(l.Trim('\f', ' ')) && !(l.StartsWith('\f') && l.Trim('\f') == header)).Select(l => l.Trim('\f', ' '));
        var body = language == "zh" ? string.Concat(kept) : string.Join(' ', kept);
        foreach (var (broken, repaired) in HyphenationDamage)
        {
            body = body.Replace(broken, repaired, StringComparison.Ordinal);
        }

        var found = (language == "zh" ? QuantityRecognizer.RecognizeChinese(body) : QuantityRecognizer.RecognizeEnglish(body))
            .Select(q => Measure(QuantityRow.Format(q))).ToList();

        var expected = File.ReadLines(TestData.Fixture("quantities", $"whitepaper-2019.{language}.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("sentence", StringComparison.Ordinal))
            .Select(l => Measure(QuantityRow.Normalize(l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..])))
            .ToList();

        var missing = Subtract(expected, found);
        var extra = Subtract(found, expected);
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.Empty, "listed quantities not found in the raw text:\n" + string.Join('\n', missing));
            Assert.That(extra, Is.Empty, "found beyond the list:\n" + string.Join('\n', extra));
        });
    }

    // Where pdftotext joined a hyphenated line end wrongly (the corpus README describes it): a space inside the word,
    // or the page number that stood between the two halves. Repairing words is the reader's business.
    private static readonly (string Broken, string Repaired)[] HyphenationDamage =
    [
        ("year-on-year in crease", "year-on-year increase"),
        ("Ar4   bitration", "Arbitration"),
    ];

    private static bool IsPageNumber(string line) => line.Length > 0 && line.All(c => char.IsDigit(c) || c is '—' or '-' or ' ');

    // A fixture row without its text: the measure must not depend on how the text was spaced.
    private static string Measure(string row) => string.Join(' ', row.Split('\t').Skip(1));

    private static List<string> Subtract(List<string> from, List<string> remove)
    {
        var rest = remove.ToList();
        return [.. from.Where(item => !rest.Remove(item))];
    }
}
