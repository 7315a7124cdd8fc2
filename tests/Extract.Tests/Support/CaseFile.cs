using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extract.Tests.Support;

/// <summary>Reads a file of readable test cases: each case starts with <c>=== name</c>, holds an input, a line
/// <c>---</c>, and an expected output. Lines starting with <c>#</c> before the first case are comments; <c>\uXXXX</c>
/// stands for a character that is hard to see.</summary>
internal static partial class CaseFile
{
    public static IEnumerable<TestCaseData> Read(params string[] pathParts)
    {
        var path = Path.Combine([AppContext.BaseDirectory, "Data", .. pathParts]);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        string? name = null;
        var input = new StringBuilder();
        var expected = new StringBuilder();
        var inExpected = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    yield return Case(name, input, expected);
                }

                name = line[4..].Trim();
                input.Clear();
                expected.Clear();
                inExpected = false;
            }
            else if (name is null)
            {
                continue;
            }
            else if (line == "---" && !inExpected)
            {
                inExpected = true;
            }
            else
            {
                (inExpected ? expected : input).Append(Unescape(line)).Append('\n');
            }
        }

        if (name is not null)
        {
            yield return Case(name, input, expected);
        }
    }

    private static TestCaseData Case(string name, StringBuilder input, StringBuilder expected) =>
        new TestCaseData(input.ToString().TrimEnd('\n'), expected.ToString().TrimEnd('\n')).SetName(name);

    private static string Unescape(string line) =>
        Escape().Replace(line, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex Escape();
}
