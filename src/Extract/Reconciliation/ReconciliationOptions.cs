namespace Extract.Reconciliation;

/// <summary>Options of <see cref="Reconciler"/>. Immutable: derive variants with <c>with</c>.</summary>
public sealed record ReconciliationOptions
{
    /// <summary>The default <see cref="TimeLimit"/>: ten minutes, ten times what a pair of 64 MB editions (the
    /// reader's size limit) takes.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(10);

    /// <summary>The options used when none are given.</summary>
    public static ReconciliationOptions Default { get; } = new();

    /// <summary>The least share of figures the two editions must have in common (0 to 1) to be taken for
    /// translations of each other; below it, <see cref="EditionsDoNotCorrespondException"/> is thrown instead of
    /// reporting every figure as a discrepancy. Translations share 80% or more.</summary>
    public double MinimumCorrespondence { get; init; } = 0.3;

    /// <summary>How many figures each edition must have before the correspondence test applies; shorter texts
    /// are reconciled whatever they share.</summary>
    public int CorrespondenceTestMinimumFigures { get; init; } = 8;

    /// <summary>Whether to extract each edition's facts, so that every figure carries its indicator (which
    /// statistic it is) into matching and reports. On by default; off saves the Chinese segmentation.</summary>
    public bool UseIndicators { get; init; } = true;

    /// <summary>The fact extractor that gives figures their indicators; <see langword="null"/> for the default
    /// catalog and segmenter.</summary>
    public Facts.FactExtractor? FactExtractor { get; init; }

    /// <summary>How long one reconciliation may run before it stops with <see cref="TimeLimitExceededException"/>;
    /// <see langword="null"/> for no limit. A caller's cancellation token stops it at any time either way.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is zero or negative.</exception>
    public TimeSpan? TimeLimit
    {
        get;
        init => field = TimeBudget.Validate(value, nameof(TimeLimit));
    } = DefaultTimeLimit;
}
