using Extract.Documents;
using Extract.Reading.Pdf.Content;
using Extract.Reading.Pdf.Fonts;
using Extract.Reading.Pdf.Layout;

namespace Extract.Reading.Pdf;

/// <summary>Reads the text of PDF files, in managed code without native dependencies: file structure (xref tables and
/// streams, object streams, incremental updates, repair), the standard security handler, fonts and their ToUnicode
/// maps, and the page layout (lines, paragraphs, columns, tables; running headers and page numbers left out).</summary>
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
    /// <exception cref="MalformedPdfException">The file is broken beyond repair or exceeds a safety limit.</exception>
    /// <exception cref="PasswordRequiredException">The file needs a password that was not given.</exception>
    /// <exception cref="EncryptedDocumentException">The file's encryption is not supported.</exception>
    /// <exception cref="NoTextLayerException">The pages hold images but no text.</exception>
    /// <exception cref="UnusableTextLayerException">The text cannot be decoded to characters.</exception>
    public Document Read(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(options);

        var pages = ReadPages(content, sourcePath, Options.PasswordFor(options), cancellationToken);
        return Compose(pages, sourcePath);
    }

    /// <summary>Whether content starts like a PDF file (the header may follow a few bytes of junk).</summary>
    internal static bool LooksLikePdf(ReadOnlySpan<byte> head) => head.IndexOf("%PDF-"u8) >= 0;

    /// <summary>Reads every page's lines, checking the text layer.</summary>
    internal List<PageText> ReadPages(ReadOnlyMemory<byte> content, string sourcePath, CancellationToken cancellationToken) =>
        ReadPages(content, sourcePath, Options.Password, cancellationToken);

    private List<PageText> ReadPages(ReadOnlyMemory<byte> content, string sourcePath, string? password, CancellationToken cancellationToken)
    {
        var page = (int?)null;
        try
        {
            var file = new PdfFile(content, password, Options.Limits, sourcePath);
            var fonts = new FontLoader(file);
            var result = new List<PageText>();
            int codes = 0, unusable = 0, images = 0, firstUnusable = 0;
            var pdfPages = file.Pages();
            if (pdfPages.Count == 0)
            {
                throw new PdfFormatException("no pages found: the page tree is missing, empty or cut off");
            }

            foreach (var p in pdfPages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                page = p.Number;
                var drawn = new ContentInterpreter(file, fonts, cancellationToken).Run(p);
                codes += drawn.Codes;
                unusable += drawn.UnusableCodes;
                images += drawn.Images;
                if (firstUnusable == 0 && drawn.Codes > 0 && drawn.UnusableCodes > UnusableShare * drawn.Codes)
                {
                    firstUnusable = p.Number;
                }

                var (glyphs, box) = PageRotation.Upright(drawn.Glyphs, p.MediaBox);
                result.Add(new PageText(p.Number, box, LineBuilder.Build(glyphs, p.Number)));
            }

            page = null;
            if (codes == 0 && images > 0)
            {
                throw new NoTextLayerException(sourcePath, result.Count);
            }

            // A page of symbols (a logo or dingbat font) is tolerated; a document mostly undecodable is not.
            if (firstUnusable > 0 && unusable > UnusableShare * codes)
            {
                throw new UnusableTextLayerException(sourcePath, firstUnusable, "its fonts map the codes to no characters (no ToUnicode map, glyph identifiers as codes)");
            }

            return result;
        }
        catch (PdfFormatException e)
        {
            throw new MalformedPdfException(sourcePath, e.Message, page, e.ObjectNumber, e);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or KeyNotFoundException or ArgumentException or InvalidCastException or OverflowException or InvalidOperationException or FormatException)
        {
            // Damaged input reaching a path no check foresaw is still damaged input, not a crash of the caller.
            throw new MalformedPdfException(sourcePath, "unreadable structure (" + e.Message + ")", page, null, e);
        }
    }

    private Document Compose(List<PageText> pages, string sourcePath)
    {
        if (Options.RemoveRunningLines)
        {
            RunningLines.Remove(pages);
        }

        return PageComposer.Compose(pages, sourcePath);
    }
}
