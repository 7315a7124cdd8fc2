using System.Text;
using Extract.Documents;
using Extract.Quantities;
using Extract.Reading;
using Extract.Sentences;
using Extract.Splitting;
using Extract.Tests.Support;

namespace Extract.Tests.Quantities;

/// <summary>The acceptance test: every quantity of both editions of the 2019 white paper, listed by hand in
/// <c>Data/quantities/whitepaper-2019.*.tsv</c>, is found with its value, precision, unit, label, approximation,
/// direction and role; nothing is missed and nothing is added.</summary>
[TestFixture]
public class WhitePaperQuantitiesTests
{
    private static readonly Editions Editions = EditionSplitter.Split(new DocumentReader().Read(TestData.Sample("whitepaper-2019.zh-en.txt")));

    [TestCase("zh")]
    [TestCase("en")]
    public void Every_quantity_of_the_edition_is_found_exactly_as_listed(string language)
    {
        var edition = language == "zh" ? Editions.Chinese : Editions.English;
        var sentences = SentenceSplitter.Split(edition);
        var expected = ReadFixture($"whitepaper-2019.{language}.tsv");
        Assert.That(expected.Keys.Max(), Is.LessThan(sentences.Length), "the fixture names a sentence the edition does not have");

        var report = new StringBuilder();
        var total = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var found = QuantityRecognizer.Recognize(sentences[s]).Select(QuantityRow.Format).ToList();
            var wanted = expected.TryGetValue(s, out var rows) ? rows : [];
            total += wanted.Count;
            if (!found.SequenceEqual(wanted))
            {
                report.AppendLine($"sentence {s}: {sentences[s].Text}");
                foreach (var row in wanted.Except(found))
                {
                    report.AppendLine($"  missing  {row}");
                }

                foreach (var row in found.Except(wanted))
                {
                    report.AppendLine($"  extra    {row}");
                }

                if (wanted.Except(found).Concat(found.Except(wanted)).Any() is false)
                {
                    report.AppendLine($"  order or repetition differs: expected [{string.Join(" | ", wanted)}], found [{string.Join(" | ", found)}]");
                }
            }
        }

        Assert.That(total, Is.GreaterThan(150), "the fixture should list the edition's quantities");
        Assert.That(report.ToString(), Is.Empty, "differences from the hand-checked list");
    }

    [Test]
    public void Spans_of_sentence_quantities_point_into_the_document()
    {
        foreach (var edition in new[] { Editions.Chinese, Editions.English })
        {
            foreach (var sentence in SentenceSplitter.Split(edition))
            {
                foreach (var quantity in QuantityRecognizer.Recognize(sentence))
                {
                    Assert.That(edition.Text.Substring(quantity.Span.Start, quantity.Span.Length), Is.EqualTo(quantity.Text));
                }
            }
        }
    }

    private static Dictionary<int, List<string>> ReadFixture(string name)
    {
        var rows = new Dictionary<int, List<string>>();
        var header = true;
        foreach (var line in File.ReadLines(TestData.Fixture("quantities", name)))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var sentence = int.Parse(line[..tab], System.Globalization.CultureInfo.InvariantCulture);
            if (!rows.TryGetValue(sentence, out var list))
            {
                rows[sentence] = list = [];
            }

            list.Add(QuantityRow.Normalize(line[(tab + 1)..]));
        }

        return rows;
    }
}
