using System.Collections.Concurrent;
using System.Collections.Immutable;
using Extract.Facts;

namespace Extract.Tests.Facts;

/// <summary>The headline figures of the 2024 English white paper, press texts and SCIO national briefing, listed in
/// <c>Data/facts/headlines-2024.tsv</c>, come out with the right indicator, value, period and change.</summary>
[TestFixture]
public class HeadlineFactsTests
{
    private static readonly FactExtractor Extractor = new();
    private static readonly ConcurrentDictionary<string, ImmutableArray<Fact>> Facts = new();

    private static IEnumerable<TestCaseData> Headlines() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "facts", "headlines-2024.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("document\t", StringComparison.Ordinal))
        .Select(line => line.Split('\t'))
        .Select(c => new TestCaseData(c[0], c[1], c[2], c[3], c[4], c[5]).SetName($"{c[0]}: {c[1]} is {c[2]}"));

    [TestCaseSource(nameof(Headlines))]
    public void Headline_figure_is_a_fact_of_its_indicator(string document, string text, string indicator, string value, string period, string change)
    {
        var facts = Facts.GetOrAdd(document, name => Extractor.Extract(TestData.ReadSample(name)));
        var found = facts.Where(f => f.Quantity.Text == text && FactText.Number(f.Value) == value).ToList();
        Assert.That(found, Is.Not.Empty, $"no fact of {text}");
        var fact = found.FirstOrDefault(f => f.Indicator?.Id == indicator) ?? found[0];
        Assert.Multiple(() =>
        {
            Assert.That(fact.Indicator?.Id, Is.EqualTo(indicator), fact.Sentence.Text);
            if (period != "*")
            {
                Assert.That(FactText.Period(fact.Period), Is.EqualTo(period), "period");
            }

            if (change != "*")
            {
                var written = FactText.Change(fact.Change);
                Assert.That(written.EndsWith(" -", StringComparison.Ordinal) ? written[..^2] : written, Is.EqualTo(change), "change");
            }
        });
    }
}
