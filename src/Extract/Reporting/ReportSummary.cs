using System.Collections.Immutable;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>What every format states at its top: the discrepancies written and how many of each kind and severity,
/// the figures of each edition and how many matched.</summary>
internal sealed class ReportSummary
{
    private readonly int[,] _counts = new int[ReportNames.Kinds.Length, 3];

    public ReportSummary(ConsistencyReport report, ReportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        Options = options ?? ReportOptions.Default;
        Discrepancies = [.. report.AtLeast(Options.MinimumSeverity)];
        foreach (var d in Discrepancies)
        {
            _counts[(int)d.Kind, (int)d.Severity]++;
        }
    }

    public ConsistencyReport Report { get; }

    /// <summary>How many discrepancies the report holds below <see cref="ReportOptions.MinimumSeverity"/>, which
    /// are not written.</summary>
    public int Hidden => Report.Discrepancies.Length - Discrepancies.Length;

    /// <summary>The count of low findings for a summary line: hidden ones are said to be hidden, not counted as none.</summary>
    public string LowCount => Hidden > 0 && Options.MinimumSeverity > Severity.Low
        ? $"{Report.Discrepancies.Count(d => d.Severity == Severity.Low)} low (hidden)"
        : $"{Count(Severity.Low)} low";

    public ReportOptions Options { get; }

    /// <summary>The discrepancies written, in the report's order.</summary>
    public ImmutableArray<Discrepancy> Discrepancies { get; }

    public string ChinesePath => Shown(Report.Alignment.Editions.Chinese.SourcePath);

    public string EnglishPath => Shown(Report.Alignment.Editions.English.SourcePath);

    /// <summary>A file as the report names it: its name, or its full path with <see cref="ReportOptions.FullPaths"/>.</summary>
    public string Shown(string path) => Options.FullPaths || string.IsNullOrEmpty(path) ? path : Path.GetFileName(path);

    public int ChineseFigures => Report.ChineseFigures.Length;

    public int EnglishFigures => Report.EnglishFigures.Length;

    public int Matched => Report.Matches.Length;

    public string Title =>
        Options.Title
        ?? (Report.Alignment.Editions.English.Title is { Length: > 0 } title ? "Consistency report: " + title : "Consistency report");

    /// <summary>The kinds that occur among the discrepancies written, in the order of the enumeration.</summary>
    public IEnumerable<DiscrepancyKind> KindsFound => ReportNames.Kinds.Where(k => Count(k) > 0);

    /// <summary>In segment mode, a line saying how many segments were checked and how many have no translation yet;
    /// otherwise <see langword="null"/>.</summary>
    public string? SegmentsLine => Report.Segments is { } s
        ? $"Segments: {s.File.Segments.Length} in {Shown(s.File.SourcePath)} ({ReportNames.Of(s.File.Format)}), {s.File.UntranslatedCount} untranslated (counted, not compared)."
        : null;

    /// <summary>Where a discrepancy stands in a translator's file ("segment 12, line 40"), or <see langword="null"/>.</summary>
    public static string? Where(Discrepancy discrepancy) =>
        discrepancy.Segment is { } segment ? $"segment {segment.Id}, line {segment.Line}" : null;

    public int Count(DiscrepancyKind kind, Severity severity) => _counts[(int)kind, (int)severity];

    public int Count(DiscrepancyKind kind) => _counts[(int)kind, 0] + _counts[(int)kind, 1] + _counts[(int)kind, 2];

    public int Count(Severity severity) => ReportNames.Kinds.Sum(k => _counts[(int)k, (int)severity]);
}
