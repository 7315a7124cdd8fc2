using Extract.Fuzz;
using Extract.Reading;
using Extract.Splitting;

namespace Extract.Tests.Fuzz;

/// <summary>Replays every input the fuzzer ever failed on (Data/fuzz) through the whole pipeline: each must end in a
/// result or a typed error naming its file, never in another exception.</summary>
public class RegressionCorpusTests
{
    private static readonly Lazy<FuzzPipeline> Pipeline = new(() => new FuzzPipeline(
        EditionSplitter.Split(new DocumentReader().Read(TestData.Sample("whitepaper-2019.zh-en.txt")))));

    private static IEnumerable<TestCaseData> Inputs() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Data", "fuzz"))
            .Where(f => Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Fuzz input {Path.GetFileName(f)} ends in a result or a typed error"));

    [TestCaseSource(nameof(Inputs))]
    public void An_input_that_once_failed_ends_in_a_result_or_a_typed_error(string file)
    {
        var bytes = File.ReadAllBytes(TestData.Fixture("fuzz", file));

        try
        {
            var discrepancies = Pipeline.Value.Run(bytes, file);
            Assert.That(discrepancies, Is.GreaterThanOrEqualTo(0));
        }
        catch (ExtractException e)
        {
            Assert.That(e.Message, Does.Contain(file), "a typed error names the file it is about");
        }
    }

    [Test]
    public void The_corpus_is_not_empty()
    {
        Assert.That(Inputs().Count(), Is.GreaterThan(0));
    }
}
