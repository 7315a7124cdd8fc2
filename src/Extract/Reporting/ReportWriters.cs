using System.Collections.Immutable;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>The report writers of every <see cref="ReportFormat"/>, found by format or by name.</summary>
/// <example>
/// <code>
/// var report = new Reconciler().Reconcile(editions);
/// ReportWriters.For(ReportFormat.Html).WriteFile(report, "report.html");
/// Console.Write(ReportWriters.For("md").WriteToString(report));
/// </code>
/// </example>
public static class ReportWriters
{
    /// <summary>One writer per format, in the order of <see cref="ReportFormat"/>.</summary>
    public static ImmutableArray<IReportWriter> All { get; } =
        [new TextReportWriter(), new JsonReportWriter(), new MarkdownReportWriter(), new CsvReportWriter(), new HtmlReportWriter()];

    /// <summary>The names <see cref="TryParse"/> accepts, canonical names first.</summary>
    public static ImmutableArray<string> Names { get; } =
        [.. All.Select(w => w.FormatName), "txt", "markdown", "htm"];

    /// <summary>The writer of <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined format.</exception>
    public static IReportWriter For(ReportFormat format) =>
        (uint)format < (uint)All.Length ? All[(int)format] : throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format.");

    /// <summary>The writer of the format named <paramref name="name"/> (<c>html</c>, <c>md</c>, <c>json</c>, <c>csv</c>, <c>text</c>).</summary>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public static IReportWriter For(string name) =>
        TryParse(name, out var format)
            ? For(format)
            : throw new ArgumentException($"No report format is named \"{name}\"; the formats are {string.Join(", ", Names)}.", nameof(name));

    /// <summary>The format named <paramref name="name"/>, ignoring case: a canonical name (<c>text</c>, <c>json</c>,
    /// <c>md</c>, <c>csv</c>, <c>html</c>) or an alias (<c>txt</c>, <c>markdown</c>, <c>htm</c>).</summary>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        format = name?.Trim().ToLowerInvariant() switch
        {
            "text" or "txt" => ReportFormat.Text,
            "json" => ReportFormat.Json,
            "md" or "markdown" => ReportFormat.Markdown,
            "csv" => ReportFormat.Csv,
            "html" or "htm" => ReportFormat.Html,
            _ => (ReportFormat)(-1),
        };
        return format >= 0;
    }

    /// <summary>The format a file name implies by its extension, if any.</summary>
    public static bool TryFromFileName(string path, out ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        format = default;
        return extension.Length > 1 && TryParse(extension[1..], out format);
    }

    /// <summary>Whether <paramref name="report"/> holds a discrepancy a reviewer must look at (medium or high):
    /// what a translation pipeline fails on.</summary>
    public static bool NeedsReview(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.AtLeast(Severity.Medium).Any();
    }
}
