using System.Globalization;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Splitting;

using Spectre.Console;

namespace Extract.Sample.Commands;

/// <summary>What the console does with no command: the whole pipeline on the embedded 2019 white paper, from the
/// editions to the discrepancies, with the HTML report written to the temporary directory.</summary>
internal static class ShowcaseCommand
{
    /// <summary>The name of the HTML report the showcase writes into the temporary directory.</summary>
    public const string ReportFileName = "extract-whitepaper-2019.html";

    public static int Run()
    {
        Cli.Out.MarkupLine("[bold]Extract[/]: the embedded sample documents (copies of samples/Extract.Sample/data) are");
        foreach (var name in SampleDocuments.Names)
        {
            Cli.Out.MarkupLine($"  {Markup.Escape(name)}: {Markup.Escape(SampleDocuments.Descriptions.GetValueOrDefault(name, "a sample document"))}");
        }

        Cli.Out.MarkupLine($"Reading [bold]{SampleDocuments.Whitepaper2019}[/], which holds the Chinese edition followed by the English one.");
        var document = SampleDocuments.Read(SampleDocuments.Whitepaper2019);
        var editions = EditionSplitter.Split(document);
        SplitCommand.Summarize(editions);

        var report = new Reconciler().Reconcile(editions);
        Summarize(report);

        var path = Path.Combine(Path.GetTempPath(), ReportFileName);
        ReportWriters.For(ReportFormat.Html).WriteFile(report, path);
        Cli.Out.MarkupLine($"The HTML report (both editions side by side, figures highlighted) is in [bold]{Markup.Escape(path)}[/].");
        var low = report.Discrepancies.Count(d => d.Severity == Severity.Low);
        var sample = Path.Combine("samples", "Extract.Sample", "data", SampleDocuments.Whitepaper2019);
        Cli.Out.WriteLine($"{low} low-severity findings (small counts and years one edition leaves out, 人次 rendered as a plain number) are hidden; see them with");
        Cli.Out.WriteLine($"  dotnet run --project samples/Extract.Sample -- reconcile {sample} --all");
        Cli.Out.WriteLine("What to try next (after dotnet run --project samples/Extract.Sample --):");
        Cli.Out.WriteLine($"  reconcile {sample} --format md    the findings as Markdown (or html, json, csv; --out FILE writes a file)");
        Cli.Out.WriteLine("  reconcile ZH EN    your own two editions (text, PDF, Word, web pages); or one translator's XLIFF or TMX file");
        Cli.Out.WriteLine($"  facts {sample}    every figure with its indicator, period and change");
        Cli.Out.WriteLine("  --help    every command");

        // A showcase: it succeeds whatever the white paper's translators got wrong.
        return 0;
    }

    /// <summary>Prints the figures compared, the discrepancies by kind and severity, and those of medium or high severity.</summary>
    public static void Summarize(ConsistencyReport report)
    {
        var counts = new OutputTable().Title("Reconciliation").AddColumns("", "Chinese", "English");
        counts.AddRow("Figures", Invariant(report.ChineseFigures.Length), Invariant(report.EnglishFigures.Length));
        counts.AddRow("Matched pairs", Invariant(report.Matches.Length), Invariant(report.Matches.Length));
        counts.Write();

        var kinds = new OutputTable().Title("Discrepancies by kind").AddColumns("Kind", "High", "Medium", "Low");
        foreach (var group in report.Discrepancies.GroupBy(d => d.Kind).OrderBy(g => g.Key))
        {
            kinds.AddRow(
                group.Key.ToString().ToLowerInvariant(),
                Invariant(group.Count(d => d.Severity == Severity.High)),
                Invariant(group.Count(d => d.Severity == Severity.Medium)),
                Invariant(group.Count(d => d.Severity == Severity.Low)));
        }

        kinds.Write();

        var serious = new OutputTable().Title("Discrepancies of medium or high severity").AddColumns("Severity", "Kind", "Chinese", "English", "Message");
        foreach (var d in report.AtLeast(Severity.Medium))
        {
            serious.AddRow(
                d.Severity.ToString().ToLowerInvariant(),
                d.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(d.Chinese?.Quantity.Text ?? "-"),
                Markup.Escape(d.English?.Quantity.Text ?? "-"),
                Markup.Escape(d.Message));
        }

        serious.Write();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
