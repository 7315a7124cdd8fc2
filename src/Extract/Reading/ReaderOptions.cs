using System.Collections.Immutable;
using Extract.Reading.Text;

namespace Extract.Reading;

/// <summary>Options for <see cref="DocumentReader"/>. Immutable: derive variants with <c>with</c>.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default limit on input size: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The default <see cref="TimeLimit"/>: five minutes, many times what the slowest file within
    /// <see cref="DefaultMaxInputBytes"/> takes to read.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>The options used when none are given.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Inputs larger than this many bytes are refused with <see cref="DocumentTooLargeException"/>.</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>The format readers, asked in order whether they recognize the content; the plain-text reader,
    /// which accepts anything, should come last.</summary>
    public ImmutableArray<IDocumentFormatReader> Formats { get; init; } = [new Pdf.PdfReader(), new Word.WordReader(), new Html.HtmlReader(), new PlainTextReader()];

    /// <summary>The user password of encrypted PDF files, when they need one (files that open with an empty
    /// password need none).</summary>
    public string? PdfPassword { get; init; }

    /// <summary>How long reading one input may run before it stops with <see cref="TimeLimitExceededException"/>;
    /// <see langword="null"/> for no limit. A caller's cancellation token stops it at any time either way.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is zero or negative.</exception>
    public TimeSpan? TimeLimit
    {
        get;
        init => field = TimeBudget.Validate(value, nameof(TimeLimit));
    } = DefaultTimeLimit;
}
