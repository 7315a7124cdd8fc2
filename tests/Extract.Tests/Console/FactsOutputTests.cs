namespace Extract.Tests.Console;

/// <summary>The facts command's CSV says how each value is qualified, its currency and language, starts with a byte
/// order mark on the console as in a file, and <c>--out</c> writes any format to a file.</summary>
public sealed class FactsOutputTests
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"extract-facts-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "income.en.txt"), "In 2019, the licensing income of Shanghai universities reached nearly 16 million yuan.\n");
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static Dictionary<string, string> Row(string header, string row) =>
        header.Split(',').Zip(row.Split(',')).ToDictionary(p => p.First, p => p.Second);

    [Test]
    public void The_csv_gives_approximation_currency_and_language()
    {
        // Through the shell into a file: a process's reader would drop the byte order mark the CSV must begin with.
        var redirected = Path.Combine(_directory, "stdout.csv");
        var (code, errors) = SampleConsole.Start("/bin/sh", ["-c", $"dotnet '{SampleConsole.Dll}' facts '{Path.Combine(_directory, "income.en.txt")}' --format csv > '{redirected}'"]);
        var output = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(redirected));
        var lines = output.Split("\r\n");

        Assert.That(code, Is.EqualTo(0), errors);
        Assert.That(output.StartsWith("\uFEFFindicator,", StringComparison.Ordinal), output);
        var row = Row(lines[0].TrimStart('\uFEFF'), lines[1]);
        Assert.That((row["value"], row["approximation"], row["unit"], row["currency"], row["language"]), Is.EqualTo(("16000000", "nearly", "money", "CNY", "en")));
    }

    [TestCase("csv", "\uFEFFindicator,")]
    [TestCase("json", "[")]
    [TestCase("text", "Indicator\tName\tValue")]
    public void Out_writes_the_facts_to_a_file(string format, string start)
    {
        var path = Path.Combine(_directory, "facts." + format);

        var (code, output) = SampleConsole.Run("facts", Path.Combine(_directory, "income.en.txt"), "--format", format, "--out", path);

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("Wrote 1 facts to " + path));
        // Read as bytes: a reader of text would drop the byte order mark the CSV must begin with.
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path));
        Assert.That(text.StartsWith(start, StringComparison.Ordinal), text);
        Assert.That(text, Does.Contain("16"));
    }
}
