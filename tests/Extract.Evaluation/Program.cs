using System.Globalization;
using Extract.Evaluation;
using Extract.Reconciliation;

// Reconciles every line pair of each folder of the real translations and prints, per folder: pairs, pairs with a
// medium or high finding, those findings by kind and, against labels.tsv, false alarms and recall.
//   dotnet run --project tests/Extract.Evaluation -c Release -- [ROOT] [--show FOLDER] [--labels fine|error]
if (args is ["--quantities", .. var texts])
{
    // The quantities the recognizer reads in each text, to see why a pair is flagged.
    foreach (var text in texts)
    {
        Console.WriteLine(text);
        foreach (var q in Extract.Quantities.QuantityRecognizer.Recognize(text))
        {
            Console.WriteLine("  " + q);
        }
    }

    return;
}

if (args is ["--peer", .. var peerArgs])
{
    // Extract and pofilter -t numbers on the same XLIFF files.
    var realRoot = peerArgs.FirstOrDefault() ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/real"));
    PeerComparison.Run(realRoot, Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../Extract.Tests/Data/segments")));
    return;
}

var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && Directory.Exists(a))
           ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/real"));
var show = Option("--show");
var labelFilter = Option("--labels");
var inv = CultureInfo.InvariantCulture;

Console.WriteLine("| folder | pairs | flagged (medium/high) | findings by kind (medium/high) | low findings | errors |");
Console.WriteLine("|---|---|---|---|---|---|");
var scores = new List<SetScore>();
foreach (var set in RealSet.ReadAll(root))
{
    var results = set.Reconcile();
    var score = SetScore.Of(set, results);
    scores.Add(score);
    Console.WriteLine(string.Create(inv, $"| `{set.Name}` | {score.Pairs} | {score.Flagged} ({100.0 * score.Flagged / score.Pairs:0.0}%) | {string.Join(", ", score.FlaggedByKind.Select(k => $"{k.Key} {k.Value}"))} | {score.LowFindings} | {score.Errors} |"));
    if (show == set.Name)
    {
        var labels = set.Labels.ToDictionary(l => l.Line);
        foreach (var r in results.Where(r => r.Error is not null || r.Flagged.Any() || labelFilter is not null))
        {
            labels.TryGetValue(r.Line, out var label);
            if (labelFilter is not null && (label is null || (labelFilter == "error") != label.IsError))
            {
                continue;
            }

            Console.Error.WriteLine($"--- {r.Line} {(label is null ? string.Empty : (label.IsError ? "ERROR " + label.Kind + ": " + label.Note : "fine"))}");
            Console.Error.WriteLine("zh: " + r.Chinese);
            Console.Error.WriteLine("en: " + r.English);
            if (r.Error is not null)
            {
                Console.Error.WriteLine("!! " + r.Error);
            }

            foreach (var d in r.Findings)
            {
                Console.Error.WriteLine($"   {d.Kind} {d.Severity}: zh “{d.Chinese?.Quantity.ToString() ?? "-"}” en “{d.English?.Quantity.ToString() ?? "-"}”");
            }
        }
    }
}

foreach (var score in scores.Where(s => s.Labels is not null))
{
    var l = score.Labels!;
    Console.WriteLine(string.Create(inv, $"\n`{score.Name}/labels.tsv`: false alarms {l.FalseAlarms}/{l.Fine} = {100 * l.FalseAlarmRate:0.0}%; slips caught with the right kind {l.Caught}/{l.Slips} = {100 * l.Recall:0.0}% (any kind {l.CaughtAnyKind})"));
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
