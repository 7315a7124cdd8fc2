namespace Extract.Reconciliation;

/// <summary>What reconciling one job of a batch gave: its report, or the error that stopped it (which stops no
/// other job).</summary>
/// <param name="Job">The job.</param>
/// <param name="Report">The report, or <see langword="null"/> when the input could not be read.</param>
/// <param name="Error">Why the input could not be read (an <see cref="ExtractException"/> naming the file and the
/// problem, or the I/O error), or <see langword="null"/>.</param>
/// <param name="Elapsed">How long the job took.</param>
public sealed record BatchResult(ReconciliationJob Job, ConsistencyReport? Report, Exception? Error, TimeSpan Elapsed)
{
    /// <summary>Whether the job gave a report.</summary>
    public bool Succeeded => Report is not null;

    /// <summary>How many discrepancies of <paramref name="severity"/> exactly the report holds (0 for a failed job).</summary>
    public int Count(Severity severity) => Report?.Discrepancies.Count(d => d.Severity == severity) ?? 0;
}
