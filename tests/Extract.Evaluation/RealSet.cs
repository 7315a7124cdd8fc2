using System.Collections.Immutable;
using Extract.Reconciliation;

namespace Extract.Evaluation;

/// <summary>A folder of line-aligned real translations (<c>zh.txt</c>, <c>en.txt</c>, line i translating line i),
/// with its hand judgements when it has a <c>labels.tsv</c>.</summary>
public sealed record RealSet(string Name, ImmutableArray<string> Chinese, ImmutableArray<string> English, ImmutableArray<Label> Labels)
{
    /// <summary>The folders of <paramref name="root"/> that hold a line pair, by name.</summary>
    public static IEnumerable<RealSet> ReadAll(string root) =>
        Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "zh.txt")) && File.Exists(Path.Combine(d, "en.txt")))
            .Select(Read);

    /// <summary>Reads one folder.</summary>
    public static RealSet Read(string folder)
    {
        var zh = File.ReadAllLines(Path.Combine(folder, "zh.txt"));
        var en = File.ReadAllLines(Path.Combine(folder, "en.txt"));
        if (zh.Length != en.Length)
        {
            throw new InvalidDataException($"{folder}: zh.txt has {zh.Length} lines, en.txt {en.Length}.");
        }

        var labels = Path.Combine(folder, "labels.tsv");
        return new RealSet(
            Path.GetFileName(folder),
            [.. zh],
            [.. en],
            File.Exists(labels) ? [.. File.ReadLines(labels).Skip(1).Where(l => l.Length > 0).Select(Label.Parse)] : []);
    }

    /// <summary>Reconciles every pair.</summary>
    public ImmutableArray<PairResult> Reconcile() =>
        [.. Enumerable.Range(0, Chinese.Length).Select(i => PairResult.Of(i + 1, Chinese[i], English[i]))];
}

/// <summary>A judgement by hand of one pair.</summary>
/// <param name="Line">The pair's line, from 1.</param>
/// <param name="IsError">Whether the pair really disagrees on a figure.</param>
/// <param name="Kind">The kind of the disagreement (<c>omission</c>, <c>date</c>...), or <c>-</c>.</param>
/// <param name="Note">The judge's note.</param>
public sealed record Label(int Line, bool IsError, string Kind, string Note)
{
    /// <summary>Reads a line of labels.tsv.</summary>
    public static Label Parse(string line)
    {
        var f = line.Split('\t');
        return new Label(int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), f[1] == "number-error", f[2], f.Length > 5 ? f[5] : string.Empty);
    }

    /// <summary>Whether a finding names this disagreement: its kind, or for a date any finding on a date or year.</summary>
    public bool IsNamedBy(Discrepancy finding) =>
        string.Equals(finding.Kind.ToString(), Kind, StringComparison.OrdinalIgnoreCase)
        || (Kind == "date" && (finding.Kind == DiscrepancyKind.Year || IsCalendar(finding.Chinese) || IsCalendar(finding.English)));

    private static bool IsCalendar(Figure? figure) =>
        figure?.Quantity.Unit.Kind is Quantities.UnitKind.Date or Quantities.UnitKind.Year or Quantities.UnitKind.YearPart or Quantities.UnitKind.YearRange;
}

/// <summary>The findings on one pair, or the error that stopped it.</summary>
public sealed record PairResult(int Line, string Chinese, string English, ImmutableArray<Discrepancy> Findings, string? Error)
{
    /// <summary>The findings a reviewer is shown: medium and high.</summary>
    public IEnumerable<Discrepancy> Flagged => Findings.Where(d => d.Severity >= Severity.Medium);

    /// <summary>Reconciles one pair; a pair that cannot be read is kept with its error.</summary>
    public static PairResult Of(int line, string chinese, string english)
    {
        try
        {
            return new PairResult(line, chinese, english, SegmentPair.Reconcile(chinese, english), null);
        }
        catch (ExtractException e)
        {
            return new PairResult(line, chinese, english, [], e.GetType().Name + ": " + e.Message);
        }
    }
}

/// <summary>The figures of one folder.</summary>
public sealed record SetScore(string Name, int Pairs, int Flagged, int Errors, ImmutableSortedDictionary<string, int> FlaggedByKind, int LowFindings, LabelScore? Labels)
{
    /// <summary>Scores the results of a folder.</summary>
    public static SetScore Of(RealSet set, ImmutableArray<PairResult> results)
    {
        var byKind = results.SelectMany(r => r.Flagged).GroupBy(d => d.Kind.ToString().ToLowerInvariant())
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new SetScore(
            set.Name,
            results.Length,
            results.Count(r => r.Flagged.Any()),
            results.Count(r => r.Error is not null),
            byKind,
            results.Sum(r => r.Findings.Count(d => d.Severity == Severity.Low)),
            set.Labels.IsEmpty ? null : LabelScore.Of(set.Labels, results));
    }
}

/// <summary>False alarms and recall against the hand judgements.</summary>
public sealed record LabelScore(int Fine, int FalseAlarms, int Slips, int Caught, int CaughtAnyKind)
{
    /// <summary>The share of correct pairs given a medium or high finding.</summary>
    public double FalseAlarmRate => Fine == 0 ? 0 : (double)FalseAlarms / Fine;

    /// <summary>The share of slips given a medium or high finding of the right kind.</summary>
    public double Recall => Slips == 0 ? 0 : (double)Caught / Slips;

    /// <summary>Scores the results against the labels.</summary>
    public static LabelScore Of(ImmutableArray<Label> labels, ImmutableArray<PairResult> results)
    {
        var byLine = results.ToDictionary(r => r.Line);
        var fine = labels.Where(l => !l.IsError).ToList();
        var slips = labels.Where(l => l.IsError).ToList();
        return new LabelScore(
            fine.Count,
            fine.Count(l => byLine[l.Line].Flagged.Any()),
            slips.Count,
            slips.Count(l => byLine[l.Line].Flagged.Any(l.IsNamedBy)),
            slips.Count(l => byLine[l.Line].Flagged.Any()));
    }
}
