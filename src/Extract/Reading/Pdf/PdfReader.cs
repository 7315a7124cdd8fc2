using System.Runtime.ExceptionServices;
using Extract.Documents;
using Extract.Reading.Pdf.Layout;
using Extract.Reading.Pdf.PdfPig;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Extract.Reading.Pdf;

/// <summary>Reads the text of PDF files, in managed code without native dependencies: PdfPig reads the file (structure,
/// repair, encryption, fonts and their maps, content streams) and gives each page's letters; Extract's layout stage
/// makes lines, paragraphs, columns and tables of them, running headers and page numbers left out.</summary>
/// <remarks>A damaged page is skipped and named in <see cref="Document.UnreadPages"/>; the file is refused only when no
/// page can be read. Every error PdfPig raises becomes a typed <see cref="ExtractException"/>.</remarks>
/// <example>
/// <code>
/// var options = ReaderOptions.Default with { Formats = [new PdfReader(), new PlainTextReader()] };
/// var document = new DocumentReader(options).Read("whitepaper-2019.zh.pdf");
/// </code>
/// </example>
public sealed class PdfReader : IDocumentFormatReader
{
    // A share of undecodable codes above which a page, and a document, has no usable text.
    private const double UnusableShare = 0.3;

    // The stack PdfPig runs on.
    private const int StackBytes = 64 * 1024 * 1024;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">The PDF options; <see cref="PdfReaderOptions.Default"/> when <see langword="null"/>.</param>
    public PdfReader(PdfReaderOptions? options = null)
    {
        Options = options ?? PdfReaderOptions.Default;
    }

    /// <summary>The PDF options in force.</summary>
    public PdfReaderOptions Options { get; }

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Pdf;

    /// <inheritdoc/>
    public bool CanRead(ReadOnlySpan<byte> head, string sourcePath) => LooksLikePdf(head);

    /// <inheritdoc/>
    /// <exception cref="DocumentTooLargeException">The file is larger than <see cref="ReaderOptions.MaxInputBytes"/>.</exception>
    /// <exception cref="MalformedPdfException">No page can be read, or the file exceeds a safety limit.</exception>
    /// <exception cref="PasswordRequiredException">The file needs a password that was not given, or the one given is wrong.</exception>
    /// <exception cref="EncryptedDocumentException">The file's encryption is not supported.</exception>
    /// <exception cref="NoTextLayerException">The pages hold images but no text.</exception>
    /// <exception cref="UnusableTextLayerException">The text cannot be decoded to characters.</exception>
    public Document Read(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(options);
        if (content.Length > options.MaxInputBytes)
        {
            throw new DocumentTooLargeException(sourcePath, content.Length, options.MaxInputBytes);
        }

        var password = Options.PasswordFor(options);
        var read = ReadPages(content, sourcePath, password, cancellationToken);
        if (Options.RemoveRunningLines)
        {
            RunningLines.Remove(read.Pages, cancellationToken);
        }

        var document = PageComposer.Compose(read.Pages, sourcePath, cancellationToken);
        return read.Unread.Count == 0 ? document : document with { UnreadPages = [.. read.Unread] };
    }

    // PdfPig recurses as deep as a file nests; deep nesting short of the limits must not overflow a small stack.
    private static T OnLargeStack<T>(Func<T> work)
    {
        T? result = default;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    error = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        error?.Throw();
        return result!;
    }

    /// <summary>Whether content starts like a PDF file (the header may follow a few bytes of junk).</summary>
    internal static bool LooksLikePdf(ReadOnlySpan<byte> head) => head.IndexOf("%PDF-"u8) >= 0;

    /// <summary>Reads every page's lines, checking the text layer; pages that cannot be read are listed.</summary>
    internal (List<PageText> Pages, List<UnreadPage> Unread) ReadPages(ReadOnlyMemory<byte> content, string sourcePath, string? password, CancellationToken cancellationToken) =>
        OnLargeStack(() => ReadPagesOnThisStack(content, sourcePath, password, cancellationToken));

    private (List<PageText> Pages, List<UnreadPage> Unread) ReadPagesOnThisStack(ReadOnlyMemory<byte> content, string sourcePath, string? password, CancellationToken cancellationToken)
    {
        var budget = new ReadBudget(Options.Limits, cancellationToken);
        ReadOnlyMemory<byte> mended;
        string? repair;
        try
        {
            (mended, repair) = ReferenceRepair.Apply(content, Options.Limits.MaxNestingDepth);
            // Maps in streams without a filter reach PdfPig without passing through a filter: checked here.
            CMapGuard.Check(content.Span, Options.Limits.MaxCharacterMapCodes);
        }
        catch (PdfLimitException e)
        {
            throw new MalformedPdfException(sourcePath, e.Message, innerException: e);
        }

        var decoded = new DecodedStreams();
        using var document = Open(mended, sourcePath, password, budget, decoded);
        var count = PageCount(document, sourcePath, budget);
        var fonts = new FontVerdicts(document);
        // Its own budget: what the scan inflates is handed on to PdfPig (through `decoded`) and charged there, so the
        // file's total counts it once.
        var draws = new DrawScan(document, new BoundedFilterProvider(new ReadBudget(Options.Limits, cancellationToken), decoded), Options.Limits);
        var pages = new List<PageText>(count);
        var glyphBuffer = new List<TextGlyph>();
        var unread = new List<UnreadPage>();
        Exception? firstError = null;
        int codes = 0, unusable = 0, images = 0, firstUnusable = 0;
        for (var number = 1; number <= count; number++)
        {
            Guard(budget, sourcePath, number);
            budget.TakeDamage();
            try
            {
                if (draws.Refusal(number) is { } refusal)
                {
                    unread.Add(new UnreadPage(number, "not interpreted: " + refusal));
                    continue;
                }

                var page = document.GetPage(number);
                var (glyphs, pageCodes, pageUnusable) = LetterGlyphs.Convert(page.Letters, fonts, glyphBuffer);
                Guard(budget, sourcePath, number);
                if (budget.TakeDamage() is { } damage && pageCodes == 0 && page.NumberOfImages == 0)
                {
                    // Nothing on the page but a stream that would not decode: the page was not read, not blank.
                    unread.Add(new UnreadPage(number, damage));
                    continue;
                }

                codes += pageCodes;
                unusable += pageUnusable;
                // Images matter only where there is no text (a scan); PdfPig counts them by building each one.
                images += pageCodes == 0 ? page.NumberOfImages : 0;
                if (firstUnusable == 0 && pageCodes > 0 && pageUnusable > UnusableShare * pageCodes)
                {
                    firstUnusable = number;
                }

                var box = page.MediaBox.Bounds;
                var (upright, uprightBox) = PageRotation.Upright(glyphs, new PageBox(box.Left, box.Bottom, box.Right, box.Top));
                pages.Add(new PageText(number, uprightBox, LineBuilder.Build(upright, number, cancellationToken)));
            }
            catch (PdfLimitException e) when (e.WholeFile)
            {
                throw new MalformedPdfException(sourcePath, e.Message, number, innerException: e);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // A damaged page (a broken content stream, font or resource) is skipped; the rest of the file is read.
                firstError ??= e;
                unread.Add(new UnreadPage(number, budget.TakeDamage() ?? PdfPigErrors.Describe(e)));
            }
        }

        if (pages.Count == 0 || (firstError is not null && codes == 0 && images == 0))
        {
            var mendedNote = repair is null ? string.Empty : "; " + repair;
            throw new MalformedPdfException(sourcePath, "no page can be read: " + unread[0].Reason + mendedNote, unread[0].Page, innerException: firstError);
        }

        if (repair is not null && codes == 0 && images == 0)
        {
            // Mending the file left nothing to read: the damage mended is the reason.
            throw new MalformedPdfException(sourcePath, repair);
        }

        if (codes == 0 && images > 0)
        {
            throw new NoTextLayerException(sourcePath, count);
        }

        // A page of symbols (a logo or dingbat font) is tolerated; a document mostly undecodable is not.
        if (firstUnusable > 0 && unusable > UnusableShare * codes)
        {
            throw new UnusableTextLayerException(sourcePath, firstUnusable, "its fonts map the codes to no characters (no ToUnicode map, glyph identifiers as codes)");
        }

        return (pages, unread);
    }

    private PdfDocument Open(ReadOnlyMemory<byte> content, string sourcePath, string? password, ReadBudget budget, DecodedStreams decoded)
    {
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = Options.SkipMissingFonts,
            UseActualText = true,
            ClipPaths = false,
            MaxStackDepth = Options.Limits.MaxNestingDepth,
            FilterProvider = new BoundedFilterProvider(budget, decoded),
        };
        if (!string.IsNullOrEmpty(password))
        {
            parsing.Password = password;
        }

        try
        {
            var document = PdfDocument.Open(content, parsing);
            Guard(budget, sourcePath, null);
            return document;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException && EncryptionScan.Unsupported(content.Span) is { } unsupported)
        {
            // Encryption PdfPig has no handler for surfaces as a password prompt or an arithmetic error inside it.
            throw new EncryptedDocumentException(sourcePath, "the PDF's encryption is not supported: " + unsupported);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw PdfPigErrors.Encryption(e, sourcePath, passwordGiven: !string.IsNullOrEmpty(password));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            Guard(budget, sourcePath, null);
            throw new MalformedPdfException(sourcePath, PdfPigErrors.Describe(e), innerException: e);
        }
    }

    private int PageCount(PdfDocument document, string sourcePath, ReadBudget budget)
    {
        int count;
        try
        {
            count = document.NumberOfPages;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            Guard(budget, sourcePath, null);
            throw new MalformedPdfException(sourcePath, "no pages found: " + PdfPigErrors.Describe(e), innerException: e);
        }

        if (count <= 0)
        {
            throw new MalformedPdfException(sourcePath, "no pages found: the page tree is missing, empty or cut off");
        }

        if (count > Options.Limits.MaxPages)
        {
            throw new MalformedPdfException(sourcePath, $"more than {Options.Limits.MaxPages:N0} pages");
        }

        return count;
    }

    // A whole-file limit reached inside PdfPig, even where PdfPig caught the exception raised for it, refuses the file.
    private static void Guard(ReadBudget budget, string sourcePath, int? page)
    {
        try
        {
            budget.Check();
        }
        catch (PdfLimitException e)
        {
            throw new MalformedPdfException(sourcePath, e.Message, page, innerException: e);
        }
    }
}
