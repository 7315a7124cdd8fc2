using Extract.Documents;
using Extract.Reading;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reading;

/// <summary>Section numbers in any count a white paper reaches: Chinese numerals to 九百九十九, Roman numerals in
/// their standard spelling, and editions of sixty sections aligned section by section.</summary>
public sealed class SectionNumberParserTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "reading", "section-numbers.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => new TestCaseData(c[0], c[1]).SetName($"Section number of \"{c[0]}\""));

    [TestCaseSource(nameof(Cases))]
    public void TheNumberAHeadingStartsWith(string heading, string expected)
    {
        var number = SectionNumberParser.Parse(heading);
        Assert.That(number is null ? "none" : $"{number.Ordinal} {number.Style}", Is.EqualTo(expected));
    }

    [Test]
    public void SixtySectionsAlignOneByOneAndAgree()
    {
        string Roman(int n) => new[] { "", "X", "XX", "XXX", "XL", "L", "LX" }[n / 10] + new[] { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" }[n % 10];
        string Chinese(int n) => (n >= 10 ? (n / 10 > 1 ? "一二三四五六七八九"[(n / 10) - 1].ToString() : string.Empty) + "十" : string.Empty) + (n % 10 > 0 ? "一二三四五六七八九"[(n % 10) - 1].ToString() : string.Empty);
        var zh = new System.Text.StringBuilder("知识产权发展状况\n\n");
        var en = new System.Text.StringBuilder("Intellectual Property Development\n\n");
        for (var n = 1; n <= 60; n++)
        {
            zh.Append($"{Chinese(n)}、第{n}部分\n\n本部分受理案件{100 + n}件。\n\n");
            en.Append($"{Roman(n)}. Part {n}\n\nThis part accepted {100 + n} cases.\n\n");
        }

        var editions = new Editions(Extract.Reading.Text.PlainTextReader.ReadText(zh.ToString(), "zh.txt"), Extract.Reading.Text.PlainTextReader.ReadText(en.ToString(), "en.txt"));
        var report = new Reconciler().Reconcile(editions);
        Assert.Multiple(() =>
        {
            Assert.That(editions.Chinese.Sections.Select(h => h.Number!.Ordinal), Is.EqualTo(Enumerable.Range(1, 60)));
            Assert.That(editions.English.Sections.Select(h => h.Number!.Ordinal), Is.EqualTo(Enumerable.Range(1, 60)));
            Assert.That(report.AtLeast(Severity.Medium), Is.Empty);
            Assert.That(report.Alignment.Sections.Count(s => s.Chinese is not null && s.English is not null), Is.EqualTo(60));
        });
    }
}
