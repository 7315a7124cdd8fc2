using System.CommandLine;
using Extract.Reconciliation;
using Extract.Reporting;

namespace Extract.Sample.Commands;

/// <summary><c>reconcile FILE</c> or <c>reconcile ZH EN</c>: every place where the editions disagree on a figure, as
/// text, Markdown, JSON, CSV or an HTML page.</summary>
internal static class ReconcileCommand
{
    /// <summary>Exit code when discrepancies of medium or high severity are found.</summary>
    public const int DiscrepanciesFound = 1;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILES") { Description = "One document holding both editions, or the Chinese and the English edition.", Arity = new ArgumentArity(1, 2) };
        var format = new Option<string?>("--format", "-f") { Description = "The report's format: text (the default), md, json, csv or html. With --out and no --format, the file's extension decides." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the report to this file instead of the console." };
        var all = new Option<bool>("--all") { Description = "Text and Markdown: also list low-severity findings (rounding, minor wording). JSON, CSV and HTML always hold them (the HTML page hides them until asked)." };
        var matches = new Option<bool>("--matches") { Description = "Text: also list the pairs of figures that agree." };
        var command = new Command("reconcile", "Report every place where the Chinese and English editions disagree on a figure. Exit code 0: none of medium or high severity; 1: some; 2: bad input.")
        {
            files, format, output, all, matches,
        };
        command.SetAction(result => Cli.Run(() =>
        {
            var outputFile = result.GetValue(output);
            if (!TryChooseFormat(result.GetValue(format), outputFile, out var chosen))
            {
                System.Console.Error.WriteLine($"error: no report format is named \"{result.GetValue(format)}\"; the formats are {string.Join(", ", ReportWriters.Names)}.");
                return Cli.BadInput;
            }

            var report = new Reconciler().Reconcile(Cli.ReadEditions(result.GetRequiredValue(files)));
            var writer = ReportWriters.For(chosen);
            var everything = result.GetValue(all) || chosen is ReportFormat.Json or ReportFormat.Csv or ReportFormat.Html;
            var options = new ReportOptions { MinimumSeverity = everything ? Severity.Low : Severity.Medium };
            if (outputFile is null)
            {
                writer.Write(report, System.Console.Out, options);
                if (chosen == ReportFormat.Text && result.GetValue(matches))
                {
                    foreach (var pair in report.Matches)
                    {
                        System.Console.Out.WriteLine($"= {pair.Chinese.Quantity} <-> {pair.English.Quantity}");
                    }
                }
            }
            else
            {
                writer.WriteFile(report, outputFile.FullName, options);
                var flagged = report.AtLeast(Severity.Medium).Count();
                System.Console.Out.WriteLine($"Wrote the {writer.FormatName} report to {outputFile.FullName}: {flagged} discrepancies of medium or high severity, {report.Discrepancies.Length - flagged} of low.");
            }

            return ReportWriters.NeedsReview(report) ? DiscrepanciesFound : 0;
        }));
        return command;
    }

    private static bool TryChooseFormat(string? name, FileInfo? output, out ReportFormat format)
    {
        if (name is not null)
        {
            return ReportWriters.TryParse(name, out format);
        }

        if (output is null || !ReportWriters.TryFromFileName(output.Name, out format))
        {
            format = ReportFormat.Text;
        }

        return true;
    }
}
