using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes a <see cref="ConsistencyReport"/> in one format. Writers are stateless and thread-safe.</summary>
public interface IReportWriter
{
    /// <summary>The format written.</summary>
    ReportFormat Format { get; }

    /// <summary>The short name of the format, as given on a command line (<c>json</c>, <c>md</c>, <c>csv</c>, <c>html</c>, <c>text</c>).</summary>
    string FormatName { get; }

    /// <summary>The usual extension of a file in this format, with its dot (<c>.json</c>).</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="options">What to include; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    void Write(ConsistencyReport report, TextWriter output, ReportOptions? options = null);
}
