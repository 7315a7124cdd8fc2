using System.Globalization;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes the index of a batch: one row per job with its counts by severity and a link to its report, or
/// the error that kept it from being read. A job that failed is never left out.</summary>
public static class BatchIndexWriter
{
    /// <summary>The header row's fields of the CSV index, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["name", "input", "status", "high", "medium", "low", "matched", "untranslated", "report", "error"];

    /// <summary>Writes the index as CSV (RFC 4180, CRLF line ends).</summary>
    /// <param name="results">The results, in the order to list them.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="reportOf">The path or link of each job's report, or <see langword="null"/> where none was written.</param>
    public static void WriteCsv(IEnumerable<BatchResult> results, TextWriter output, Func<BatchResult, string?>? reportOf = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var row = new CsvRow(output);
        foreach (var column in Columns)
        {
            row.Add(column);
        }

        row.End();
        foreach (var r in results)
        {
            row.Add(r.Job.Name);
            row.Add(string.Join(" | ", r.Job.Paths));
            row.Add(r.Succeeded ? "ok" : "error");
            row.Add(Number(r, r.Count(Severity.High)));
            row.Add(Number(r, r.Count(Severity.Medium)));
            row.Add(Number(r, r.Count(Severity.Low)));
            row.Add(r.Report is { } report ? report.Matches.Length.ToString(CultureInfo.InvariantCulture) : null);
            row.Add(r.Report?.Segments?.File.UntranslatedCount.ToString(CultureInfo.InvariantCulture));
            row.Add(reportOf?.Invoke(r));
            row.Add(r.Error?.Message);
            row.End();
        }
    }

    /// <summary>Writes the index as one self-contained HTML page.</summary>
    /// <param name="results">The results, in the order to list them.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="reportOf">The link of each job's report, relative to the index, or <see langword="null"/>.</param>
    /// <param name="title">The page's title.</param>
    public static void WriteHtml(IEnumerable<BatchResult> results, TextWriter output, Func<BatchResult, string?>? reportOf = null, string title = "Consistency reports")
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var list = results.ToList();
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        HtmlText.Write(output, title);
        output.Write("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
                     + "td.n{text-align:right}tr.error td{background:#fdecea}tr.flagged td.name{font-weight:bold}</style>\n</head>\n<body>\n<h1>");
        HtmlText.Write(output, title);
        var failed = list.Count(r => !r.Succeeded);
        output.Write($"</h1>\n<p id=\"totals\">{list.Count} inputs: {list.Count - failed} reconciled, {failed} could not be read; "
                     + $"{list.Sum(r => r.Count(Severity.High))} high, {list.Sum(r => r.Count(Severity.Medium))} medium, {list.Sum(r => r.Count(Severity.Low))} low.</p>\n");
        output.Write("<table id=\"index\">\n<thead><tr><th>Name</th><th>High</th><th>Medium</th><th>Low</th><th>Matched</th><th>Report or error</th></tr></thead>\n<tbody>\n");
        foreach (var r in list)
        {
            var flagged = r.Count(Severity.High) + r.Count(Severity.Medium) > 0;
            output.Write($"<tr class=\"{(r.Succeeded ? flagged ? "flagged" : "clean" : "error")}\"><td class=\"name\">");
            HtmlText.Write(output, r.Job.Name);
            output.Write("</td>");
            if (r.Report is { } report)
            {
                output.Write($"<td class=\"n\">{r.Count(Severity.High)}</td><td class=\"n\">{r.Count(Severity.Medium)}</td><td class=\"n\">{r.Count(Severity.Low)}</td><td class=\"n\">{report.Matches.Length}</td><td>");
                if (reportOf?.Invoke(r) is { } link)
                {
                    output.Write("<a href=\"");
                    HtmlText.Write(output, link);
                    output.Write("\">report</a>");
                }

                output.Write("</td></tr>\n");
            }
            else
            {
                output.Write("<td colspan=\"4\"></td><td class=\"error\">");
                HtmlText.Write(output, r.Error?.Message ?? "not read");
                output.Write("</td></tr>\n");
            }
        }

        output.Write("</tbody>\n</table>\n</body>\n</html>\n");
    }

    private static string? Number(BatchResult result, int count) => result.Succeeded ? count.ToString(CultureInfo.InvariantCulture) : null;
}
