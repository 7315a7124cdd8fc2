using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes the report as Markdown for a review thread: the figures compared, a table of the discrepancies by
/// kind and severity, then one section per discrepancy with its message and both sentences quoted, the figures in
/// bold. Everything taken from the documents is escaped.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Markdown;

    /// <inheritdoc/>
    public string FormatName => "md";

    /// <inheritdoc/>
    public string FileExtension => ".md";

    /// <inheritdoc/>
    public void Write(ConsistencyReport report, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var summary = new ReportSummary(report, options);
        output.Write("# ");
        output.WriteLine(MarkdownText.Escape(summary.Title));
        output.WriteLine();
        output.WriteLine($"Chinese edition: {MarkdownText.Escape(summary.ChinesePath)}  ");
        output.WriteLine($"English edition: {MarkdownText.Escape(summary.EnglishPath)}");
        foreach (var (edition, document) in new[] { ("Chinese", report.Alignment.Editions.Chinese), ("English", report.Alignment.Editions.English) })
        {
            if (FigurePlace.Unread(document) is { } unread)
            {
                output.WriteLine();
                output.WriteLine($"Pages not read, {edition} edition: {MarkdownText.Escape(unread)}");
            }
        }

        output.WriteLine();
        if (summary.SegmentsLine is { } segments)
        {
            output.WriteLine(MarkdownText.EscapeParagraph(segments));
            output.WriteLine();
        }

        output.WriteLine("| | Chinese | English |");
        output.WriteLine("| --- | ---: | ---: |");
        output.WriteLine($"| Figures compared | {summary.ChineseFigures} | {summary.EnglishFigures} |");
        output.WriteLine($"| Matched | {summary.Matched} | {summary.Matched} |");
        output.WriteLine();

        if (summary.Discrepancies.IsEmpty)
        {
            output.WriteLine($"No discrepancy of {ReportNames.Of(summary.Options.MinimumSeverity)} severity or above.");
            return;
        }

        output.WriteLine("| Kind | High | Medium | Low | All |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var kind in summary.KindsFound)
        {
            output.WriteLine($"| {ReportNames.Of(kind)} | {summary.Count(kind, Severity.High)} | {summary.Count(kind, Severity.Medium)} | {summary.Count(kind, Severity.Low)} | {summary.Count(kind)} |");
        }

        output.WriteLine($"| **all** | {summary.Count(Severity.High)} | {summary.Count(Severity.Medium)} | {summary.Count(Severity.Low)} | {summary.Discrepancies.Length} |");
        if (summary.Hidden > 0)
        {
            output.WriteLine();
            output.WriteLine($"Not listed: {summary.Hidden} findings below {ReportNames.Of(summary.Options.MinimumSeverity)} severity.");
        }

        var number = 0;
        foreach (var d in summary.Discrepancies)
        {
            output.WriteLine();
            var where = ReportSummary.Where(d) is { } at ? $" ({MarkdownText.Escape(at)})" : string.Empty;
            output.WriteLine($"## {++number}. {ReportNames.Title(d.Kind)}, {ReportNames.Of(d.Severity)}{where}");
            output.WriteLine();
            output.WriteLine(MarkdownText.EscapeParagraph(d.Message));
            output.WriteLine();
            WriteQuote(output, "zh", d.Chinese, FigurePlace.Chinese(report, d.Chinese), "not stated in the Chinese edition");
            output.WriteLine(">");
            WriteQuote(output, "en", d.English, FigurePlace.English(report, d.English), "not stated in the English edition");
        }
    }

    private static void WriteQuote(TextWriter output, string edition, Figure? figure, string? place, string absent)
    {
        output.Write($"> **{edition}:** ");
        if (place is not null)
        {
            output.Write($"*({MarkdownText.Escape(place)})* ");
        }

        if (figure is null)
        {
            output.WriteLine($"*({absent})*");
            return;
        }

        var (text, start) = FigureLocation.Context(figure);
        output.WriteLine(start < 0
            ? $"{MarkdownText.Escape(text)} (**{MarkdownText.Escape(figure.Quantity.Text)}**)"
            : MarkdownText.WithBold(text, start, figure.Quantity.Text.Length));
    }
}
