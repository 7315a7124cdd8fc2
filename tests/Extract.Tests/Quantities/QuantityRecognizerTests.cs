using Extract.Quantities;
using Extract.Tests.Support;

namespace Extract.Tests.Quantities;

/// <summary>Every form of number the recognizer must read, as cases in <c>Data/quantities/cases.txt</c>: a sentence
/// and the quantities expected in it.</summary>
[TestFixture]
public class QuantityRecognizerTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        var lines = File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "quantities", "cases.txt"));
        string? sentence = null;
        var expected = new List<string>();
        foreach (var line in lines.Append(string.Empty))
        {
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                sentence = line[2..];
                expected = [];
            }
            else if (line.Length == 0 || line.StartsWith('#'))
            {
                if (sentence is not null)
                {
                    yield return new TestCaseData(sentence, expected.ToArray()).SetName($"Recognizes {{m}}: {sentence}");
                    sentence = null;
                }
            }
            else if (line != "(none)")
            {
                expected.Add(QuantityRow.Normalize(line));
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Finds_exactly_the_expected_quantities(string sentence, string[] expected)
    {
        var found = QuantityRecognizer.Recognize(sentence).Select(QuantityRow.Format).ToArray();
        Assert.That(found, Is.EqualTo(expected), $"in: {sentence}\nfound:\n{string.Join('\n', found)}");
    }

    [Test]
    public void The_language_specific_entry_points_read_the_same_as_detection()
    {
        Assert.Multiple(() =>
        {
            Assert.That(QuantityRecognizer.RecognizeChinese("上海专利申请量17.36万件。").Single().Value, Is.EqualTo(173600m));
            Assert.That(QuantityRecognizer.RecognizeEnglish("It hit 1.4736 million.").Single().Value, Is.EqualTo(1473600m));
        });
    }

    [Test]
    public void Spans_point_at_the_quantity_text()
    {
        const string text = "上海专利申请量17.36 万件,同比增长15.54%。";
        foreach (var quantity in QuantityRecognizer.Recognize(text))
        {
            Assert.That(text.Substring(quantity.Span.Start, quantity.Span.Length), Is.EqualTo(quantity.Text));
        }
    }

    [Test]
    public void The_whitepaper_sample_reads_without_support_data()
    {
        // A smoke check on a real document that ships with the repository: no sentence throws.
        var document = TestData.ReadSample("whitepaper-2024.en.txt");
        var total = Extract.Sentences.SentenceSplitter.Split(document).Sum(s => QuantityRecognizer.Recognize(s).Length);
        Assert.That(total, Is.GreaterThan(10));
    }
}
