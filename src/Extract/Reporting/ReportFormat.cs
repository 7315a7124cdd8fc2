namespace Extract.Reporting;

/// <summary>The formats a <see cref="Reconciliation.ConsistencyReport"/> can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Plain text, one discrepancy per paragraph, for a terminal.</summary>
    Text = 0,

    /// <summary>JSON, machine-readable, following <c>report.schema.json</c>.</summary>
    Json,

    /// <summary>Markdown for review threads: a summary table, then one section per discrepancy.</summary>
    Markdown,

    /// <summary>CSV (RFC 4180) for spreadsheets: one row per discrepancy.</summary>
    Csv,

    /// <summary>One self-contained HTML page: the discrepancies with filters, and both editions side by side.</summary>
    Html,
}
