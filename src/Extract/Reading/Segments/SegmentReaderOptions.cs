using System.Collections.Immutable;

namespace Extract.Reading.Segments;

/// <summary>Options of <see cref="SegmentFileReader"/>: its formats and its limits. Immutable: derive variants with
/// <c>with</c>.</summary>
public sealed record SegmentReaderOptions
{
    /// <summary>The options used when none are given.</summary>
    public static SegmentReaderOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes (64 MiB by default); a larger one is <see
    /// cref="DocumentTooLargeException"/>.</summary>
    public long MaxInputBytes { get; init; } = ReaderOptions.DefaultMaxInputBytes;

    /// <summary>The longest segment text, in characters (one million by default: a paragraph of a white paper has a
    /// few hundred); a longer one is <see cref="SegmentLimitException"/>.</summary>
    public int MaxSegmentCharacters { get; init; } = 1_000_000;

    /// <summary>The most segments a file may hold (one million by default).</summary>
    public int MaxSegments { get; init; } = 1_000_000;

    /// <summary>The deepest nesting of elements in an XML file (100 by default; XLIFF nests a dozen levels).</summary>
    public int MaxNestingDepth { get; init; } = 100;

    /// <summary>The formats tried, in order; each recognizes its content from its first characters.</summary>
    public ImmutableArray<ISegmentFormatReader> Formats { get; init; } = [new XliffReader(), new TmxReader(), new SegmentTableReader()];

    /// <summary>How long reading one file may run before it stops with <see cref="TimeLimitExceededException"/>;
    /// <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is zero or negative.</exception>
    public TimeSpan? TimeLimit
    {
        get;
        init => field = TimeBudget.Validate(value, nameof(TimeLimit));
    } = ReaderOptions.DefaultTimeLimit;
}
