using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using Extract.Reading.Segments;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Evaluation;

/// <summary>Extract's segment mode and translate-toolkit's <c>pofilter -t numbers</c> on the same XLIFF files: each
/// folder of the real translations (one unit a line pair) and the planted fixtures. Counts units flagged: Extract's at
/// medium or high severity, pofilter's by its numbers test.</summary>
public static partial class PeerComparison
{
    /// <summary>Prints the Markdown table of both tools on every file.</summary>
    public static void Run(string realRoot, string fixtures)
    {
        var work = Directory.CreateTempSubdirectory("extract-peer-");
        try
        {
            Console.WriteLine("| file | units | Extract flags | pofilter flags | clean units flagged: Extract / pofilter | slips caught: Extract / pofilter |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var set in RealSet.ReadAll(realRoot))
            {
                var path = Path.Combine(work.FullName, set.Name + ".xlf");
                File.WriteAllText(path, Xliff([.. set.Chinese.Select((zh, i) => ((i + 1).ToString(CultureInfo.InvariantCulture), zh, set.English[i]))]), new UTF8Encoding(false));
                var (extract, peer) = (ExtractFlags(path), PofilterFlags(path, work.FullName));
                var fine = set.Labels.Where(l => !l.IsError).Select(Id).ToHashSet();
                var slips = set.Labels.Where(l => l.IsError).Select(Id).ToHashSet();
                var labelled = set.Labels.IsEmpty
                    ? "– | –"
                    : $"{Per100(extract, fine)} / {Per100(peer, fine)} per 100 ({fine.Count} judged fine) | {extract.Count(slips.Contains)} / {peer.Count(slips.Contains)} of {slips.Count}";
                Console.WriteLine($"| `{set.Name}` | {set.Chinese.Length} | {extract.Count} | {peer.Count} | {labelled} |");
            }

            foreach (var version in new[] { "planted", "clean" })
            {
                var path = Path.Combine(work.FullName, version + ".xlf");
                File.Copy(Path.Combine(fixtures, version + ".mqxliff"), path);
                var (extract, peer) = (ExtractFlags(path), PofilterFlags(path, work.FullName));
                Console.WriteLine($"| `{version}.mqxliff` (fixtures) | 12 | {extract.Count} | {peer.Count} | | |");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Id(Label label) => label.Line.ToString(CultureInfo.InvariantCulture);

    private static string Per100(HashSet<string> flagged, HashSet<string> clean) =>
        (100.0 * flagged.Count(clean.Contains) / Math.Max(1, clean.Count)).ToString("0.0", CultureInfo.InvariantCulture);

    private static HashSet<string> ExtractFlags(string path)
    {
        var report = new Reconciler().Reconcile(SegmentEditions.From(new SegmentFileReader().Read(path)));
        return [.. report.AtLeast(Severity.Medium).Select(d => d.Segment!.Id)];
    }

    private static HashSet<string> PofilterFlags(string path, string work)
    {
        var output = Path.Combine(work, "pofilter-" + Path.GetFileName(path));
        var start = new ProcessStartInfo("pofilter") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--progress=none", "-t", "numbers", path, output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pofilter did not start");
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return File.Exists(output) ? [.. Unit().Matches(File.ReadAllText(output)).Select(m => m.Groups[1].Value)] : [];
    }

    private static string Xliff(IReadOnlyList<(string Id, string Chinese, string English)> units)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n")
            .Append("<file original=\"real\" source-language=\"zh-CN\" target-language=\"en-US\" datatype=\"plaintext\"><body>\n");
        foreach (var (id, zh, en) in units)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<trans-unit id=\"{id}\"><source>{SecurityElement.Escape(zh)}</source><target>{SecurityElement.Escape(en)}</target></trans-unit>\n");
        }

        return xml.Append("</body></file></xliff>\n").ToString();
    }

    // pofilter writes the units that fail a test, each with its note.
    [GeneratedRegex("trans-unit[^>]*? id=\"([^\"]+)\"")]
    private static partial Regex Unit();
}
