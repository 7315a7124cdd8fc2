using System.Collections.Immutable;
using Extract.Reading.Text;

namespace Extract.Reading;

/// <summary>Options for <see cref="DocumentReader"/>. Immutable: derive variants with <c>with</c>.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default limit on input size: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

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
}
