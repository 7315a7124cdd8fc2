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
}
