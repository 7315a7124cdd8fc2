using BenchmarkDotNet.Attributes;
using Extract.Reading;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Splitting;

namespace Extract.Benchmarks;

/// <summary>Writing the 2019 white paper's consistency report in each format, and the whole pipeline from the file to
/// the HTML page.</summary>
[MemoryDiagnoser]
public class ReportingBenchmarks
{
    private string _path = null!;
    private ConsistencyReport _report = null!;

    [GlobalSetup]
    public void Reconcile()
    {
        _path = BenchmarkData.Sample("whitepaper-2019.zh-en.txt");
        _report = new Reconciler().Reconcile(EditionSplitter.Split(new DocumentReader().Read(_path)));
    }

    [Benchmark]
    public string Text() => ReportWriters.For(ReportFormat.Text).WriteToString(_report);

    [Benchmark]
    public string Json() => ReportWriters.For(ReportFormat.Json).WriteToString(_report);

    [Benchmark]
    public string Markdown() => ReportWriters.For(ReportFormat.Markdown).WriteToString(_report);

    [Benchmark]
    public string Csv() => ReportWriters.For(ReportFormat.Csv).WriteToString(_report);

    [Benchmark]
    public string Html() => ReportWriters.For(ReportFormat.Html).WriteToString(_report);

    /// <summary>Read, split, extract, align, reconcile and write the HTML page.</summary>
    [Benchmark]
    public string FileToHtml() =>
        ReportWriters.For(ReportFormat.Html).WriteToString(new Reconciler().Reconcile(EditionSplitter.Split(new DocumentReader().Read(_path))));
}
