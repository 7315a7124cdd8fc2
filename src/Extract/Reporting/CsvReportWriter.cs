using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes the report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
/// a quote or a line break, quotes doubled) for spreadsheets: a header, then one row per discrepancy.</summary>
public sealed class CsvReportWriter : IReportWriter
{
    /// <summary>The header row's fields, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "kind", "severity", "zh_text", "zh_value", "en_text", "en_value", "message", "zh_sentence", "en_sentence", "zh_start", "en_start", "segment", "zh_place", "en_place",
    ];

    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Csv;

    /// <inheritdoc/>
    public string FormatName => "csv";

    /// <inheritdoc/>
    public string FileExtension => ".csv";

    /// <inheritdoc/>
    public void Write(ConsistencyReport report, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var summary = new ReportSummary(report, options);
        var row = new CsvRow(output);
        foreach (var column in Columns)
        {
            row.Add(column);
        }

        row.End();
        foreach (var d in summary.Discrepancies)
        {
            row.Add(ReportNames.Of(d.Kind));
            row.Add(ReportNames.Of(d.Severity));
            row.Add(d.Chinese?.Quantity.Text);
            row.Add(d.Chinese is { } zh ? ReportNames.Of(zh.Quantity.Value) : null);
            row.Add(d.English?.Quantity.Text);
            row.Add(d.English is { } en ? ReportNames.Of(en.Quantity.Value) : null);
            row.Add(d.Message);
            row.Add(d.Chinese is { } chineseFigure ? FigureLocation.Context(chineseFigure).Text : null);
            row.Add(d.English is { } englishFigure ? FigureLocation.Context(englishFigure).Text : null);
            row.Add(d.Chinese?.Quantity.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row.Add(d.English?.Quantity.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
            row.Add(d.Segment?.Id);
            row.Add(FigurePlace.Chinese(report, d.Chinese));
            row.Add(FigurePlace.English(report, d.English));
            row.End();
        }
    }
}
