using System.Diagnostics;
using System.Text;
using Extract.Reading;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Benchmarks;

/// <summary>Reconciliation against input size: pairs of 2, 5, 10, 20 MB made by repeating the two editions of the
/// 2019 white paper, read, split, aligned and reconciled once each (large inputs need no statistics: the question is
/// whether time grows linearly). Target: a 20 MB pair in under 60 s and 1 GB.</summary>
/// <remarks>dotnet run -c Release --project tests/Extract.Benchmarks -- scaling 2 5 10 20</remarks>
public static class ReconciliationScaling
{
    /// <summary>Times each size in megabytes and prints one line per size.</summary>
    public static void Run(IEnumerable<int> megabytes)
    {
        var editions = EditionSplitter.Split(new DocumentReader().Read(BenchmarkData.Sample("whitepaper-2019.zh-en.txt")));
        var (zh, en) = (editions.Chinese.Text, editions.English.Text);
        var pairBytes = Encoding.UTF8.GetByteCount(zh) + Encoding.UTF8.GetByteCount(en);
        foreach (var size in megabytes)
        {
            var times = Math.Max(1, (int)(size * 1_000_000L / pairBytes));
            var zhBytes = Encoding.UTF8.GetBytes(string.Join("\n\n", Enumerable.Repeat(zh, times)));
            var enBytes = Encoding.UTF8.GetBytes(string.Join("\n\n", Enumerable.Repeat(en, times)));
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            var reader = new DocumentReader();
            var pair = Editions.Pair(reader.Read(zhBytes, "repeated.zh.txt"), reader.Read(enBytes, "repeated.en.txt"));
            var report = new Reconciler().Reconcile(pair);
            clock.Stop();
            var medium = report.AtLeast(Severity.Medium).Count();
            Console.WriteLine(
                $"{(zhBytes.Length + enBytes.Length) / 1e6:0.0} MB ({times} copies): {clock.Elapsed.TotalSeconds:0.0} s, " +
                $"{(GC.GetTotalAllocatedBytes() - allocated) / 1e9:0.00} GB allocated, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB, " +
                $"{report.Discrepancies.Length} discrepancies ({medium} medium or above; {medium / (double)times:0.0} a copy)");
        }
    }
}
