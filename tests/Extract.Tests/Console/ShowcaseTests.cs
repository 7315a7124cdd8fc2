using System.Text.RegularExpressions;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Console;

/// <summary>The showcase (the README's first command) explains its samples, says how to see the hidden findings and
/// what to try next, and its figures are the README's.</summary>
public sealed partial class ShowcaseTests
{
    [Test]
    public void The_showcase_explains_its_samples_the_hidden_findings_and_what_to_try_next()
    {
        var (code, output) = SampleConsole.Run();

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("whitepaper-2019.zh-en.txt: the 2019 Shanghai IP white paper"));
        Assert.That(output, Does.Contain("low-severity findings").And.Contain("--all"));
        Assert.That(output, Does.Contain("What to try next").And.Contain("reconcile ZH EN"));
    }

    [Test]
    public void The_readme_quotes_the_figures_the_showcase_prints()
    {
        var readme = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));
        var report = new Reconciler().Reconcile(EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt")));
        var (_, output) = SampleConsole.Run();

        var quoted = Quoted().Match(readme);
        Assert.That(quoted.Success, "the README's sentence on the 2019 figures");
        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(quoted.Groups["zh"].Value), Is.EqualTo(report.ChineseFigures.Length));
            Assert.That(int.Parse(quoted.Groups["en"].Value), Is.EqualTo(report.EnglishFigures.Length));
            Assert.That(int.Parse(quoted.Groups["pairs"].Value), Is.EqualTo(report.Matches.Length));
            Assert.That(Words.IndexOf(quoted.Groups["low"].Value.ToLowerInvariant()), Is.EqualTo(report.Discrepancies.Count(d => d.Severity == Severity.Low)));
            Assert.That(output, Does.Contain($"Figures\t{report.ChineseFigures.Length}\t{report.EnglishFigures.Length}"));
            Assert.That(output, Does.Contain($"Matched pairs\t{report.Matches.Length}\t{report.Matches.Length}"));
        });
    }

    private static readonly List<string> Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    [GeneratedRegex(@"Of the (?<zh>\d+) Chinese and (?<en>\d+) English figures, (?<pairs>\d+) pairs agree;[^.]*\.\s+(?<low>\w+) more are reported at low severity")]
    private static partial Regex Quoted();
}
