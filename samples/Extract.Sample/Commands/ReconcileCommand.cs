using System.CommandLine;
using System.Globalization;
using Extract.Reconciliation;
using Extract.Reporting;

namespace Extract.Sample.Commands;

/// <summary><c>reconcile FILE</c>, <c>reconcile ZH EN</c>, <c>reconcile --lines ZH EN</c>, or a batch
/// (<c>reconcile DIR</c>, <c>reconcile FILE FILE FILE…</c>, <c>reconcile --manifest CSV</c>): every place where the
/// editions disagree on a figure, as text, Markdown, JSON, CSV or an HTML page.</summary>
internal static class ReconcileCommand
{
    /// <summary>Exit code when discrepancies of the <c>--fail-on</c> severity or above are found.</summary>
    public const int DiscrepanciesFound = 1;

    public static Command Create()
    {
        var files = new Argument<string[]>("FILES")
        {
            Description = "One document holding both editions, the Chinese and the English edition, a translator's file (XLIFF, SDLXLIFF, TMX, a two-column TSV/CSV), or for a batch: a directory, or three files or more (or two files of segments).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var lines = new Option<string[]>("--lines") { Description = "Two text files whose lines translate each other (the source first): check them line by line.", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "A batch from a CSV file: one row per job, a Chinese and an English path, or one path." };
        var format = new Option<string?>("--format", "-f") { Description = "The report's format: text (the default), md, json, csv or html (a batch writes html unless told). With --out and no --format, the file's extension decides." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of the console; for a batch, the directory for each job's report and the index (index.html, index.csv)." };
        var annotate = new Option<FileInfo?>("--annotate") { Description = "XLIFF only: write a copy of the file with each finding as a note on its unit." };
        var failOn = new Option<string>("--fail-on") { Description = "The least severity that makes the exit code 1: high, medium (the default) or low.", DefaultValueFactory = _ => "medium" };
        var all = new Option<bool>("--all") { Description = "Text and Markdown: also list low-severity findings (rounding, minor wording). JSON, CSV and HTML always hold them (the HTML page hides them until asked)." };
        var matches = new Option<bool>("--matches") { Description = "Text: also list the pairs of figures that agree." };
        var fullPaths = new Option<bool>("--full-paths") { Description = "Name the editions by their full paths in the report, not by their file names." };
        var command = new Command("reconcile", "Report every place where the Chinese and English editions disagree on a figure. Exit code 0: none of the --fail-on severity or above; 1: some; 2: bad input.")
        {
            files, lines, manifest, format, output, annotate, failOn, all, matches, fullPaths,
        };
        command.SetAction((result, cancellationToken) => Cli.RunAsync(async () =>
        {
            if (!TryParseSeverity(result.GetValue(failOn), out var threshold))
            {
                System.Console.Error.WriteLine($"error: --fail-on takes high, medium or low, not \"{result.GetValue(failOn)}\".");
                return Cli.BadInput;
            }

            var paths = result.GetValue(files) ?? [];
            var jobs = Jobs(paths, result.GetValue(lines), result.GetValue(manifest), out var batch);
            if (jobs is null)
            {
                System.Console.Error.WriteLine("error: name the file(s) to reconcile, --lines ZH EN, or --manifest CSV.");
                return Cli.BadInput;
            }

            var chosenName = result.GetValue(format);
            var outputPath = result.GetValue(output);
            if (!TryChooseFormat(chosenName, batch ? null : outputPath, batch, out var chosen))
            {
                System.Console.Error.WriteLine($"error: no report format is named \"{chosenName}\"; the formats are {string.Join(", ", ReportWriters.Names)}.");
                return Cli.BadInput;
            }

            if (batch)
            {
                return await BatchRun.RunAsync(jobs, ReportWriters.For(chosen), outputPath, threshold, cancellationToken).ConfigureAwait(false);
            }

            var report = Cli.WithProgress($"Reconciling {jobs[0].Name}", _ => new BatchReconciler(readerOptions: Cli.ReaderOptions).Reconcile(jobs[0], cancellationToken));
            WriteReport(report, ReportWriters.For(chosen), outputPath, result.GetValue(all), result.GetValue(matches), result.GetValue(fullPaths));
            if (result.GetValue(annotate) is { } annotated)
            {
                var notes = XliffAnnotator.Annotate(report, annotated.FullName);
                System.Console.Out.WriteLine($"Wrote {annotated.FullName} with {notes} notes.");
            }

            return report.AtLeast(threshold).Any() ? DiscrepanciesFound : 0;
        }));
        return command;
    }

    // One job, or a batch: a directory, a manifest, three files or more, or two files that are both files of segments.
    private static List<ReconciliationJob>? Jobs(string[] paths, string[]? lines, FileInfo? manifest, out bool batch)
    {
        batch = false;
        if (lines is { Length: 2 })
        {
            return [new ReconciliationJob(Path.GetFileName(lines[0]), ReconciliationInput.Lines, [lines[0], lines[1]])];
        }

        if (manifest is not null)
        {
            batch = true;
            return [.. BatchReconciler.FromManifest(manifest.FullName)];
        }

        if (paths.Length == 1 && Directory.Exists(paths[0]))
        {
            batch = true;
            return [.. BatchReconciler.Discover(paths[0])];
        }

        if (paths.Length == 0)
        {
            return null;
        }

        if (paths.Length == 1)
        {
            return [BatchReconciler.ForFile(paths[0])];
        }

        if (paths.Length == 2 && !(BatchReconciler.IsSegmentFile(paths[0]) && BatchReconciler.IsSegmentFile(paths[1])))
        {
            return [new ReconciliationJob(Path.GetFileNameWithoutExtension(paths[0]), ReconciliationInput.Pair, [paths[0], paths[1]])];
        }

        batch = true;
        return [.. paths.Select(p => Directory.Exists(p) ? BatchReconciler.Discover(p) : [BatchReconciler.ForFile(p)]).SelectMany(j => j)];
    }

    private static void WriteReport(ConsistencyReport report, IReportWriter writer, string? outputPath, bool all, bool matches, bool fullPaths)
    {
        var everything = all || writer.Format is ReportFormat.Json or ReportFormat.Csv or ReportFormat.Html;
        var options = new ReportOptions { MinimumSeverity = everything ? Severity.Low : Severity.Medium, FullPaths = fullPaths };
        var hiddenLow = options.MinimumSeverity > Severity.Low ? report.Discrepancies.Count(d => d.Severity == Severity.Low) : 0;
        if (hiddenLow > 0)
        {
            System.Console.Error.WriteLine($"{hiddenLow} low-severity findings are hidden; --all shows them.");
        }

        if (outputPath is null)
        {
            if (writer.Format == ReportFormat.Csv)
            {
                // As in a file: spreadsheets read UTF-8 only after a byte order mark.
                System.Console.Out.Write('\uFEFF');
            }

            writer.Write(report, System.Console.Out, options);
            if (writer.Format == ReportFormat.Text && matches)
            {
                foreach (var pair in report.Matches)
                {
                    System.Console.Out.WriteLine(MatchLine(pair));
                }
            }

            return;
        }

        var path = Path.GetFullPath(outputPath);
        writer.WriteFile(report, path, options);
        var flagged = report.AtLeast(Severity.Medium).Count();
        System.Console.Out.WriteLine($"Wrote the {writer.FormatName} report to {path}: {flagged} discrepancies of medium or high severity, {report.Discrepancies.Length - flagged} of low.");
    }

    /// <summary>A pair that agrees, in the report's words: <c>= date: 2020年4月 (2020-04) &lt;-&gt; April 2020 (2020-04)</c>.</summary>
    internal static string MatchLine(FigurePair pair) =>
        $"= {QuantitiesCommand.UnitName(pair.Chinese.Quantity.Unit.Kind).Replace('-', ' ')}: {Describe(pair.Chinese.Quantity)} <-> {Describe(pair.English.Quantity)}";

    private static string Describe(Quantities.Quantity quantity)
    {
        var value = ValueText(quantity);
        var label = quantity.Unit switch
        {
            Quantities.Unit.Money money => " " + money.Currency.ToString().ToUpperInvariant(),
            Quantities.Unit.Percent => "%",
            _ => string.Empty,
        };
        var approximation = quantity.Approximation == Quantities.Approximation.Exact ? string.Empty : QuantitiesCommand.ApproximationName(quantity.Approximation).Replace('-', ' ') + " ";
        var normalized = approximation + value + label;
        return quantity.Text.Replace(",", string.Empty, StringComparison.Ordinal) == normalized.Replace(",", string.Empty, StringComparison.Ordinal)
            ? quantity.Text
            : $"{quantity.Text} ({normalized})";
    }

    // A date is held as yyyymmdd with zeros for what is not said (20200400: April 2020); it is shown as a date.
    internal static string ValueText(Quantities.Quantity quantity)
    {
        if (quantity.Unit.Kind == Quantities.UnitKind.Date && quantity.Value == decimal.Truncate(quantity.Value) && quantity.Value is >= 10000000 and < 100000000)
        {
            var encoded = (int)quantity.Value;
            var (year, month, day) = (encoded / 10000, encoded / 100 % 100, encoded % 100);
            return month == 0 ? year.ToString(CultureInfo.InvariantCulture)
                : day == 0 ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        }

        return quantity.Unit.Kind == Quantities.UnitKind.Year
            ? quantity.Value.ToString(CultureInfo.InvariantCulture)
            : quantity.Value.ToString("#,0.############", CultureInfo.InvariantCulture);
    }

    private static bool TryParseSeverity(string? name, out Severity severity)
    {
        (var ok, severity) = name?.ToLowerInvariant() switch
        {
            "high" => (true, Severity.High),
            "medium" => (true, Severity.Medium),
            "low" => (true, Severity.Low),
            _ => (false, Severity.Medium),
        };
        return ok;
    }

    private static bool TryChooseFormat(string? name, string? output, bool batch, out ReportFormat format)
    {
        if (name is not null)
        {
            return ReportWriters.TryParse(name, out format);
        }

        if (output is null || !ReportWriters.TryFromFileName(Path.GetFileName(output), out format))
        {
            format = batch ? ReportFormat.Html : ReportFormat.Text;
        }

        return true;
    }

    /// <summary>The count of a result's findings at or above <paramref name="threshold"/>.</summary>
    internal static int Flagged(BatchResult result, Severity threshold) =>
        result.Report?.AtLeast(threshold).Count() ?? 0;

    internal static string Counts(BatchResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.Count(Severity.High)} high, {result.Count(Severity.Medium)} medium, {result.Count(Severity.Low)} low");
}
