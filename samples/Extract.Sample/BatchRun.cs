using System.Text;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Sample.Commands;
using Spectre.Console;

namespace Extract.Sample;

/// <summary>Runs a batch for the console: one line per job as it finishes (its name, counts by severity or its
/// error), a progress bar on a terminal, each job's report and the index written to the output directory.</summary>
internal static class BatchRun
{
    public static async Task<int> RunAsync(IReadOnlyList<ReconciliationJob> jobs, IReportWriter writer, string? outputDirectory, Severity threshold, CancellationToken cancellationToken)
    {
        var console = Cli.Out;
        var interactive = !System.Console.IsOutputRedirected;
        return await RunAsync(jobs, writer, outputDirectory, threshold, console, interactive, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The batch, written to <paramref name="console"/>; with a progress bar when <paramref name="interactive"/>.</summary>
    internal static async Task<int> RunAsync(IReadOnlyList<ReconciliationJob> jobs, IReportWriter writer, string? outputDirectory, Severity threshold, IAnsiConsole console, bool interactive, CancellationToken cancellationToken)
    {
        if (outputDirectory is not null)
        {
            Directory.CreateDirectory(outputDirectory);
        }

        var batch = new BatchReconciler(readerOptions: Cli.ReaderOptions);
        var results = new List<BatchResult>(jobs.Count);
        var reports = new Dictionary<BatchResult, string>(ReferenceEqualityComparer.Instance);
        async Task Run(Action<BatchResult> finished)
        {
            await foreach (var result in batch.RunAsync(jobs, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                results.Add(result);
                if (outputDirectory is not null && result.Report is { } report)
                {
                    var name = UniqueName(result.Job.Name, writer.FileExtension, reports.Values);
                    writer.WriteFile(report, Path.Combine(outputDirectory, name), new ReportOptions { MinimumSeverity = Severity.Low });
                    reports[result] = name;
                }

                console.MarkupLine(Line(result, threshold));
                finished(result);
            }
        }

        if (interactive)
        {
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Reconciling", maxValue: Math.Max(1, jobs.Count));
                    await Run(_ => task.Increment(1)).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            await Run(_ => { }).ConfigureAwait(false);
        }

        var ordered = Order(results, jobs);
        if (outputDirectory is not null)
        {
            string? ReportOf(BatchResult r) => reports.TryGetValue(r, out var name) ? name : null;
            using (var html = new StreamWriter(Path.Combine(outputDirectory, "index.html"), false, new UTF8Encoding(false)))
            {
                BatchIndexWriter.WriteHtml(ordered, html, ReportOf);
            }

            using (var csv = new StreamWriter(Path.Combine(outputDirectory, "index.csv"), false, new UTF8Encoding(true)))
            {
                BatchIndexWriter.WriteCsv(ordered, csv, ReportOf);
            }
        }

        var failed = ordered.Count(r => !r.Succeeded);
        var flagged = ordered.Count(r => ReconcileCommand.Flagged(r, threshold) > 0);
        var where = outputDirectory is null ? string.Empty : $"; reports and index in {Path.GetFullPath(outputDirectory)}";
        console.MarkupLine(Markup.Escape($"{ordered.Count} inputs: {ordered.Count - failed} reconciled ({flagged} with findings of {threshold.ToString().ToLowerInvariant()} severity or above), {failed} could not be read{where}."));
        return failed > 0 ? Cli.BadInput : flagged > 0 ? ReconcileCommand.DiscrepanciesFound : 0;
    }

    private static string Line(BatchResult result, Severity threshold)
    {
        var name = Markup.Escape(result.Job.Name);
        if (result.Error is { } error)
        {
            return $"[red]✗[/] {name}: error: {Markup.Escape(error.Message)}";
        }

        var mark = ReconcileCommand.Flagged(result, threshold) > 0 ? "[yellow]![/]" : "[green]✓[/]";
        return $"{mark} {name}: {ReconcileCommand.Counts(result)}";
    }

    private static List<BatchResult> Order(List<BatchResult> results, IReadOnlyList<ReconciliationJob> jobs)
    {
        var order = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < jobs.Count; i++)
        {
            order.TryAdd(jobs[i], i);
        }

        return [.. results.OrderBy(r => order.GetValueOrDefault(r.Job))];
    }

    private static string UniqueName(string name, string extension, IEnumerable<string> taken)
    {
        var stem = string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        var candidate = stem + ".report" + extension;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = $"{stem}.{i}.report{extension}";
        }

        return candidate;
    }
}
