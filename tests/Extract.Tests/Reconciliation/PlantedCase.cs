using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Extract.Reconciliation;

namespace Extract.Tests.Reconciliation;

/// <summary>A passage of both editions with errors planted in it, as written in the fixtures under
/// <c>Data/reconciliation/planted-*.txt</c>.</summary>
/// <remarks>
/// A case reads:
/// <code>
/// === name
/// zh: 2019年,上海专利申请量17.36万件,同比增长{15.54%=>15.45%}。
/// en: In 2019, the total number of patent filings reached 173,600, up by 15.54% year on year.
/// expect: digits | 15.45% | 15.54%
/// </code>
/// Each <c>zh:</c> or <c>en:</c> line is one paragraph. <c>{original=>planted}</c> marks a planted error: the
/// unaltered passage takes the left side, the planted one the right (either may be empty, for a figure dropped or
/// added). Each <c>expect:</c> line is a finding the planted passage must give: its kind, the Chinese and the English
/// figure as written (<c>-</c> for none) and, optionally, its severity (otherwise at least medium).
/// </remarks>
internal sealed partial record PlantedCase(
    string Name,
    string File,
    ImmutableArray<string> Chinese,
    ImmutableArray<string> English,
    ImmutableArray<ExpectedFinding> Expected)
{
    /// <summary>The passage as the editions stand, without the planted errors.</summary>
    public (string Zh, string En) Unaltered => (Join(Chinese, planted: false), Join(English, planted: false));

    /// <summary>The passage with the planted errors.</summary>
    public (string Zh, string En) Planted => (Join(Chinese, planted: true), Join(English, planted: true));

    /// <summary>Whether the case plants an error in the Chinese edition, in the English, or both.</summary>
    public bool PlantsIn(bool chinese) => (chinese ? Chinese : English).Any(p => Plant().IsMatch(p));

    public override string ToString() => Name;

    /// <summary>Every case of every planted-error fixture.</summary>
    public static IEnumerable<PlantedCase> All()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "reconciliation");
        return Directory.EnumerateFiles(folder, "planted-*.txt").Order(StringComparer.Ordinal).SelectMany(Read);
    }

    public static IEnumerable<PlantedCase> Read(string path)
    {
        var file = Path.GetFileName(path);
        string? name = null;
        List<string> zh = [], en = [];
        List<ExpectedFinding> expected = [];
        foreach (var raw in System.IO.File.ReadLines(path, Encoding.UTF8).Append("=== "))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("===", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    if (zh.Count == 0 && en.Count == 0)
                    {
                        throw new FormatException($"{file}, case {name}: a zh: or an en: line is needed.");
                    }

                    yield return new PlantedCase(name, file, [.. zh], [.. en], [.. expected]);
                }

                name = line[3..].Trim();
                (zh, en, expected) = ([], [], []);
            }
            else if (name is null || line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            else if (line.StartsWith("zh:", StringComparison.Ordinal))
            {
                zh.Add(line[3..].Trim());
            }
            else if (line.StartsWith("en:", StringComparison.Ordinal))
            {
                en.Add(line[3..].Trim());
            }
            else if (line.StartsWith("expect:", StringComparison.Ordinal))
            {
                expected.Add(ExpectedFinding.Parse(line[7..], $"{file}, case {name}"));
            }
            else
            {
                throw new FormatException($"{file}, case {name}: cannot read the line “{line}”.");
            }
        }
    }

    /// <summary>A line read as an edit: the text with the left sides of its marks, and with the right sides.</summary>
    public static (string Before, string After) Edit(string line) =>
        (Plant().Replace(line, m => m.Groups[1].Value), Plant().Replace(line, m => m.Groups[2].Value));

    private static string Join(ImmutableArray<string> paragraphs, bool planted) =>
        string.Join("\n\n", paragraphs.Select(p => Plant().Replace(p, m => m.Groups[planted ? 2 : 1].Value)));

    [GeneratedRegex(@"\{([^{}]*?)=>([^{}]*)\}")]
    private static partial Regex Plant();
}

/// <summary>A finding a planted case must give.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Chinese">The Chinese figure as written, or <see langword="null"/> for none.</param>
/// <param name="English">The English figure as written, or <see langword="null"/> for none.</param>
/// <param name="Severity">Its severity, or <see langword="null"/> for at least medium.</param>
internal sealed record ExpectedFinding(DiscrepancyKind Kind, string? Chinese, string? English, Severity? Severity)
{
    public static ExpectedFinding Parse(string text, string where)
    {
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 4 || !Enum.TryParse<DiscrepancyKind>(parts[0], ignoreCase: true, out var kind))
        {
            throw new FormatException($"{where}: an expect: line reads “kind | zh | en [| severity]”, not “{text}”.");
        }

        Severity? severity = parts.Length == 4 ? Enum.Parse<Severity>(parts[3], ignoreCase: true) : null;
        return new ExpectedFinding(kind, parts[1] == "-" ? null : parts[1], parts[2] == "-" ? null : parts[2], severity);
    }

    /// <summary>Whether <paramref name="found"/> is this finding: same kind, the figures written alike (spaces and
    /// thousands separators aside; the expected text may be part of the quantity's text, which includes its qualifier
    /// and classifier), and the severity expected.</summary>
    public bool IsMatchedBy(Discrepancy found) =>
        found.Kind == Kind
        && Matches(Chinese, found.Chinese) && Matches(English, found.English)
        && (Severity is { } severity ? found.Severity == severity : found.Severity >= Extract.Reconciliation.Severity.Medium);

    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()} | {Chinese ?? "-"} | {English ?? "-"}" + (Severity is { } s ? $" | {s.ToString().ToLowerInvariant()}" : string.Empty);

    private static bool Matches(string? expected, Figure? found) =>
        expected is null
            ? found is null
            : found is not null && Squeeze(found.Quantity.Text).Contains(Squeeze(expected), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);
}
