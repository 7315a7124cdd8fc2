using System.Text;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes reports to strings, streams and files, synchronously or not.</summary>
public static class ReportWriterExtensions
{
    // No byte order mark, except for CSV: spreadsheet programs read a CSV file without one as a legacy code page.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The report as a string.</summary>
    public static string WriteToString(this IReportWriter writer, ConsistencyReport report, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        writer.Write(report, output, options);
        return output.ToString();
    }

    /// <summary>Writes the report to a file in UTF-8 (with a byte order mark for CSV, which spreadsheets need), replacing it.</summary>
    public static void WriteFile(this IReportWriter writer, ConsistencyReport report, string path, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var output = new StreamWriter(path, append: false, EncodingOf(writer));
        writer.Write(report, output, options);
    }

    /// <summary>Writes the report to <paramref name="output"/> without blocking on it. The report is rendered in
    /// memory first: it is small beside the documents it was made from.</summary>
    public static async Task WriteAsync(this IReportWriter writer, ConsistencyReport report, TextWriter output, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder(writer.WriteToString(report, options));
        await output.WriteAsync(text, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the report to a file without blocking on it (UTF-8; with a byte order mark for CSV), replacing it.</summary>
    public static async Task WriteFileAsync(this IReportWriter writer, ConsistencyReport report, string path, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var output = new StreamWriter(path, append: false, EncodingOf(writer));
        await using (output.ConfigureAwait(false))
        {
            await writer.WriteAsync(report, output, options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static UTF8Encoding EncodingOf(IReportWriter writer) => writer.Format == ReportFormat.Csv ? Utf8WithMark : Utf8;
}
