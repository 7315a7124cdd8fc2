using System.Globalization;

namespace Extract;

/// <summary>The work on an input ran past the time limit in force (<see cref="Reading.ReaderOptions.TimeLimit"/>,
/// <see cref="Reconciliation.ReconciliationOptions.TimeLimit"/>, <see cref="Facts.FactExtractor.TimeLimit"/>,
/// <see cref="Checks.FactChecker.TimeLimit"/>): a pathological input is refused instead of being left to run.</summary>
public sealed class TimeLimitExceededException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The input concerned.</param>
    /// <param name="work">What was being done, as a gerund phrase (<c>reading</c>, <c>reconciling the editions</c>).</param>
    /// <param name="limit">The limit in force.</param>
    public TimeLimitExceededException(string sourcePath, string work, TimeSpan limit)
        : base(sourcePath, string.Create(CultureInfo.InvariantCulture, $"{work} took longer than the time limit of {limit.TotalSeconds:0.###} s"))
    {
        Work = work;
        Limit = limit;
    }

    /// <summary>What was being done when the limit ran out.</summary>
    public string Work { get; }

    /// <summary>The limit in force.</summary>
    public TimeSpan Limit { get; }
}
