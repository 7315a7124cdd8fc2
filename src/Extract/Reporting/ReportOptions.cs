using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>What a report includes.</summary>
public sealed record ReportOptions
{
    /// <summary>Everything: discrepancies of every severity (the HTML page still hides low ones until asked).</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The least severe discrepancies written; the summary counts only those written.</summary>
    public Severity MinimumSeverity { get; init; } = Severity.Low;

    /// <summary>The title of the report; by default from the documents' titles or paths.</summary>
    public string? Title { get; init; }

    /// <summary>Whether the report names the editions' files by their full paths; by default by their file names only,
    /// so that a report sent to others does not show the folders of the machine it was made on.</summary>
    public bool FullPaths { get; init; }
}
