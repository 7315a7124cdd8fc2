using System.Text;
using Extract.Documents;
using Extract.Quantities;

namespace Extract.Tests.Quantities;

/// <summary>The recognizer's work stays linear in the length of its input, whatever the input: measured in characters
/// examined (the scanners count them), not in time.</summary>
[TestFixture]
public class PathologicalInputTests
{
    // Every character is examined a small, fixed number of times (by the main loop, a number or word reader, and a
    // bounded look-ahead); 16 is a generous bound on that constant.
    private const int StepsPerCharacter = 16;

    public static IEnumerable<TestCaseData> Inputs()
    {
        yield return new TestCaseData(new string('7', 1 << 20)).SetName("A 1 MB line of digits");
        yield return new TestCaseData(new string(',', 10000)).SetName("10,000 commas");
        yield return new TestCaseData(Repeat("1,", 10000)).SetName("10,000 digits each followed by a comma");
        yield return new TestCaseData(Repeat("1,000,", 20000)).SetName("Thousands groups glued by commas");
        yield return new TestCaseData(Repeat("123 ", 100000)).SetName("Space-separated groups of three digits");
        yield return new TestCaseData(Repeat("一二三四五六七八九十百千万亿", 20000)).SetName("A long run of Chinese numerals");
        yield return new TestCaseData(Repeat("第", 100000) + "一").SetName("Ordinal markers without end");
        yield return new TestCaseData(Repeat("17.36万件abc二十二名G60 twenty-two 1.4736 million ", 10000)).SetName("Mixed scripts repeated");
        yield return new TestCaseData(Repeat("twenty-two hundred and ", 20000)).SetName("Number words without end");
        yield return new TestCaseData(Repeat("more than ", 50000) + "5").SetName("Qualifiers without end");
        yield return new TestCaseData(Repeat(" ", 200000) + "5 patents" + Repeat(" ", 200000)).SetName("Long runs of spaces around a number");
        yield return new TestCaseData(Repeat("per 10,000 people ", 20000)).SetName("Rate bases without values");
        yield return new TestCaseData(new string('a', 1 << 20)).SetName("A 1 MB word");
    }

    [TestCaseSource(nameof(Inputs))]
    public void Work_is_linear_in_the_length_of_the_text(string text)
    {
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            var quantities = QuantityRecognizer.Recognize(text, language, 0, out var steps);
            Assert.That(steps, Is.LessThanOrEqualTo((long)StepsPerCharacter * text.Length + 100), $"{language}: {steps} steps for {text.Length} characters");
            Assert.That(quantities.Length, Is.LessThanOrEqualTo(text.Length));
        }
    }

    [Test]
    public void A_run_of_digits_too_long_for_a_decimal_is_no_quantity()
    {
        Assert.That(QuantityRecognizer.Recognize(new string('9', 40) + "件"), Is.Empty);
    }

    [TestCase("一亿亿亿亿件")]
    [TestCase("一万万万万万万万万件")]
    [TestCase("九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九件")]
    public void Chinese_numerals_too_large_for_a_decimal_are_no_quantity(string text)
    {
        Assert.That(QuantityRecognizer.Recognize(text).Where(q => q.Unit is Unit.Count { Classifier: "件" }), Is.Empty);
    }

    // Digits a decimal holds, times a scale that takes the value past what it holds: no figure, and the figures around
    // it are still read.
    [TestCase("共 9922816251426433759354395.5 万件，另有 12 件。", Language.Chinese)]
    [TestCase("共 7922816251426433759354 亿元，另有 12 件。", Language.Chinese)]
    [TestCase("Spending reached 79228162514264337593543bn yuan, and 12 projects began.", Language.English)]
    [TestCase("Spending reached 79228162514264337593543 trillion yuan, and 12 projects began.", Language.English)]
    [TestCase("Spending reached RMB79228162514264337593543 billion, and 12 projects began.", Language.English)]
    public void A_figure_scaled_beyond_a_decimal_is_no_figure(string text, Language language)
    {
        var quantities = QuantityRecognizer.Recognize(text, language, 0, out _);

        Assert.That(quantities.Select(q => q.Value), Is.EqualTo(new[] { 12m }));
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
