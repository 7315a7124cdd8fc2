namespace Extract.Reading.Pdf;

/// <summary>Options of <see cref="PdfReader"/>. Immutable: derive variants with <c>with</c>.</summary>
public sealed record PdfReaderOptions
{
    /// <summary>The options used when none are given.</summary>
    public static PdfReaderOptions Default { get; } = new();

    /// <summary>The user (or owner) password of encrypted files; the empty password is always tried.</summary>
    public string? Password { get; init; }

    /// <summary>The password to use: this reader's own, else the one given to <see cref="DocumentReader"/> for every PDF.</summary>
    internal string? PasswordFor(ReaderOptions options) => Password ?? options.PdfPassword;

    /// <summary>Safety limits on decompression, nesting, pages and time.</summary>
    public PdfLimits Limits { get; init; } = PdfLimits.Default;

    /// <summary>Whether text drawn in a font that cannot be loaded (missing, or broken) is left out, so that the rest
    /// of its page is still read; otherwise such a page is not read at all (and is named in
    /// <see cref="Documents.Document.UnreadPages"/>).</summary>
    public bool SkipMissingFonts { get; init; }

    /// <summary>The <c>pdftotext</c> program <see cref="PdftotextReader"/> runs: a path, or a name looked up on the
    /// <c>PATH</c>.</summary>
    public string PdftotextPath { get; init; } = "pdftotext";

    /// <summary>How long <see cref="PdftotextReader"/> waits for <c>pdftotext</c> before giving up.</summary>
    public TimeSpan PdftotextTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether running headers, footers and page numbers are recognised across pages and left out.</summary>
    public bool RemoveRunningLines { get; init; } = true;
}
