using System.CommandLine;
using Extract.Reconciliation;

namespace Extract.Sample.Commands;

/// <summary><c>reconcile FILE</c> or <c>reconcile ZH EN</c>: every place where the editions disagree on a figure.</summary>
internal static class ReconcileCommand
{
    /// <summary>Exit code when discrepancies of medium or high severity are found.</summary>
    public const int DiscrepanciesFound = 1;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILES") { Description = "One document holding both editions, or the Chinese and the English edition.", Arity = new ArgumentArity(1, 2) };
        var all = new Option<bool>("--all") { Description = "Also list low-severity findings (rounding, minor wording)." };
        var matches = new Option<bool>("--matches") { Description = "Also list the pairs of figures that agree." };
        var command = new Command("reconcile", "Report every place where the Chinese and English editions disagree on a figure. Exit code 0: none of medium or high severity; 1: some; 2: bad input.") { files, all, matches };
        command.SetAction(result => Cli.Run(() =>
        {
            var report = new Reconciler().Reconcile(Cli.ReadEditions(result.GetRequiredValue(files)));
            var shown = report.AtLeast(result.GetValue(all) ? Severity.Low : Severity.Medium).ToList();
            foreach (var d in shown)
            {
                System.Console.Out.WriteLine($"[{d.Severity}] {d.Kind}: {d.Message}");
                System.Console.Out.WriteLine($"    zh: {d.Chinese?.Sentence.Text ?? "-"}");
                System.Console.Out.WriteLine($"    en: {d.English?.Sentence.Text ?? "-"}");
            }

            if (result.GetValue(matches))
            {
                foreach (var pair in report.Matches)
                {
                    System.Console.Out.WriteLine($"= {pair.Chinese.Quantity} <-> {pair.English.Quantity}");
                }
            }

            System.Console.Out.WriteLine($"Figures: {report.ChineseFigures.Length} Chinese, {report.EnglishFigures.Length} English; matched {report.Matches.Length}; discrepancies shown {shown.Count} of {report.Discrepancies.Length}.");
            return report.AtLeast(Severity.Medium).Any() ? DiscrepanciesFound : 0;
        }));
        return command;
    }
}
