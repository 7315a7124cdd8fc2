using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes the report as plain text for a terminal: one paragraph per discrepancy (severity, kind, message,
/// both sentences), then a line of counts.</summary>
public sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Text;

    /// <inheritdoc/>
    public string FormatName => "text";

    /// <inheritdoc/>
    public string FileExtension => ".txt";

    /// <inheritdoc/>
    public void Write(ConsistencyReport report, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var summary = new ReportSummary(report, options);
        foreach (var d in summary.Discrepancies)
        {
            var where = ReportSummary.Where(d) is { } at ? $" ({at})" : string.Empty;
            output.WriteLine($"[{ReportNames.Of(d.Severity)}] {ReportNames.Of(d.Kind)}{where}: {OneLine(d.Message)}");
            output.WriteLine($"    zh{Place(FigurePlace.Chinese(report, d.Chinese))}: {OneLine(d.Chinese is { } zh ? FigureLocation.Context(zh).Text : "-")}");
            output.WriteLine($"    en{Place(FigurePlace.English(report, d.English))}: {OneLine(d.English is { } en ? FigureLocation.Context(en).Text : "-")}");
        }

        if (summary.SegmentsLine is { } segments)
        {
            output.WriteLine(segments);
        }

        output.WriteLine(
            $"Figures: {summary.ChineseFigures} Chinese, {summary.EnglishFigures} English; matched {summary.Matched}; "
            + $"discrepancies shown {summary.Discrepancies.Length} of {report.Discrepancies.Length} "
            + $"({summary.Count(Severity.High)} high, {summary.Count(Severity.Medium)} medium, {summary.LowCount}).");
        WriteUnread(output, "zh", report.Alignment.Editions.Chinese);
        WriteUnread(output, "en", report.Alignment.Editions.English);
    }

    private static string Place(string? place) => place is null ? string.Empty : $" ({place})";

    private static void WriteUnread(TextWriter output, string edition, Documents.Document document)
    {
        if (FigurePlace.Unread(document) is { } unread)
        {
            output.WriteLine($"Pages not read, {edition}: {unread}");
        }
    }

    // A table row is one sentence with line breaks inside: keep each discrepancy on its lines.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
