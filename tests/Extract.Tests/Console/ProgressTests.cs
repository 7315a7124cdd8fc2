namespace Extract.Tests.Console;

/// <summary>On a terminal, reading and reconciling say what they do while they run; redirected output holds nothing
/// but the results.</summary>
public sealed class ProgressTests
{
    private static readonly string Sample = TestData.Sample("whitepaper-2019.zh-en.txt");

    [TestCase("sentences", "Reading whitepaper-2019.zh-en.txt")]
    [TestCase("reconcile", "Reconciling whitepaper-2019")]
    [TestCase("facts", "Reading the facts of whitepaper-2019.zh-en.txt")]
    public void A_terminal_sees_what_runs(string command, string status)
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Ignore("script (util-linux), which gives the console a pseudo-terminal, is not installed.");
        }

        var (_, output) = SampleConsole.Start("/usr/bin/script", ["-qec", $"dotnet '{SampleConsole.Dll}' {command} '{Sample}'", "/dev/null"]);

        Assert.That(output, Does.Contain(status));
    }

    [TestCase("sentences")]
    [TestCase("reconcile")]
    [TestCase("facts")]
    [TestCase("quantities")]
    public void Redirected_output_has_no_progress(string command)
    {
        var (_, output) = SampleConsole.Run(command, Sample);

        Assert.That(output, Does.Not.Contain("Reading").And.Not.Contain("Reconciling"));
        Assert.That(output.Contains('\u001b', StringComparison.Ordinal), Is.False, "no terminal control sequences");
    }
}
