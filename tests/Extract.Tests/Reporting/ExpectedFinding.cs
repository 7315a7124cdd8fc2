namespace Extract.Tests.Reporting;

/// <summary>A finding of the 2019 white paper as a reader of both editions states it, from
/// <c>Data/reporting/whitepaper-2019.findings.tsv</c>.</summary>
public sealed record ExpectedFinding(string Kind, string Severity, string? ChineseText, string? ChineseValue, string? EnglishText, string? EnglishValue)
{
    public static IEnumerable<TestCaseData> All() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "reporting", "whitepaper-2019.findings.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(f => new ExpectedFinding(f[0], f[1], Absent(f[2]), Absent(f[3]), Absent(f[4]), Absent(f[5])))
            .Select(f => new TestCaseData(f).SetArgDisplayNames($"{f.Kind} {f.ChineseText ?? "-"} vs {f.EnglishText ?? "-"}"));

    private static string? Absent(string field) => field == "-" ? null : field;
}
