using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extract.Documents;
using Document = Extract.Documents.Document;

namespace Extract.Reading.Html;

/// <summary>Reads the article of a web page (white papers and press releases on government portals) into a
/// <see cref="Document"/>, leaving out the page around it: navigation, breadcrumbs, language switches, share bars,
/// related links, footers, counters and the page's own dates.</summary>
/// <remarks>
/// <para>The page is decoded from its byte order mark, the charset it declares, or its bytes (GB2312 and GBK pages
/// read as GB18030); parsed with AngleSharp; its article container found (see <see cref="HtmlArticle"/>); and its
/// blocks fed to <see cref="DocumentBuilder"/>, so that the text is normalized exactly as plain text is.</para>
/// <para>Recognized by its content (<c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>, <c>&lt;head</c>, <c>&lt;meta</c>, …) or an
/// <c>.html</c>/<c>.htm</c> name. Add it to <see cref="ReaderOptions.Formats"/> before the plain-text reader:
/// <c>ReaderOptions.Default with { Formats = [new HtmlReader(), new PlainTextReader()] }</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var article = await new HtmlReader().ReadArticleAsync(stream, "whitepaper-2019.html", cancellationToken: token);
/// Console.WriteLine($"{article.Document.Title} ({article.PublicationDate})");
/// foreach (var paragraph in article.Document.Paragraphs) Console.WriteLine(paragraph.Location.ElementPath);
/// </code>
/// </example>
public sealed class HtmlReader : IDocumentFormatReader
{
    /// <summary>The default limit on element nesting: 1,000 levels, far beyond any real page.</summary>
    public const int DefaultMaxNestingDepth = 1000;

    /// <summary>Pages nesting elements deeper than this are refused with <see cref="MarkupTooDeepException"/>.</summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Html;

    /// <inheritdoc/>
    public bool CanRead(ReadOnlySpan<byte> head, string sourcePath) =>
        HtmlSniffer.LooksLikeHtml(head) || (sourcePath is not null && HtmlSniffer.HasHtmlExtension(sourcePath));

    /// <inheritdoc/>
    public Document Read(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options, CancellationToken cancellationToken) =>
        ReadArticle(content, sourcePath, options, cancellationToken).Document;

    /// <summary>Reads the article of a page held in memory.</summary>
    /// <param name="content">The page's bytes.</param>
    /// <param name="sourcePath">The path or name to report the document and its errors under.</param>
    /// <param name="options">The options (for the size limit); <see cref="ReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractException">The page cannot be read: too large (<see cref="DocumentTooLargeException"/>),
    /// empty (<see cref="EmptyDocumentException"/>), binary (<see cref="BinaryContentException"/>), in a wrong or
    /// unknown charset (<see cref="UnknownEncodingException"/>), nested too deep (<see cref="MarkupTooDeepException"/>),
    /// or holding no article (<see cref="NoArticleTextException"/>).</exception>
    public HtmlArticle ReadArticle(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var markup = Decode(content, sourcePath, options ?? ReaderOptions.Default);
        return ReadMarkup(markup, sourcePath, cancellationToken);
    }

    /// <summary>Reads the article of a page from a stream, parsing asynchronously.</summary>
    /// <param name="stream">The page's bytes, read to the end (or until the size limit is passed).</param>
    /// <param name="sourcePath">The path or name to report the document and its errors under.</param>
    /// <param name="options">The options (for the size limit); <see cref="ReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractException">The page cannot be read; see <see cref="ReadArticle"/>.</exception>
    public async Task<HtmlArticle> ReadArticleAsync(Stream stream, string sourcePath, ReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourcePath);
        options ??= ReaderOptions.Default;
        var content = await ReadLimitedAsync(stream, sourcePath, options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        var markup = Decode(content, sourcePath, options);
        CheckNesting(markup, sourcePath);
        var elementStarts = new Dictionary<IElement, int>();
        using var page = await CreateParser(elementStarts).ParseDocumentAsync(markup, cancellationToken).ConfigureAwait(false);
        return Extract(page, markup, elementStarts, sourcePath, cancellationToken);
    }

    /// <summary>Reads the article of a page already decoded to a string.</summary>
    /// <param name="markup">The page's markup.</param>
    /// <param name="sourcePath">The path or name to report the document and its errors under.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractException">The page cannot be read; see <see cref="ReadArticle"/>.</exception>
    public HtmlArticle ReadMarkup(string markup, string sourcePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(sourcePath);
        if (string.IsNullOrWhiteSpace(markup))
        {
            throw new EmptyDocumentException(sourcePath, "the page is empty: it holds no markup and no text");
        }

        CheckNesting(markup, sourcePath);
        var elementStarts = new Dictionary<IElement, int>();
        using var page = CreateParser(elementStarts).ParseDocument(markup);
        return Extract(page, markup, elementStarts, sourcePath, cancellationToken);
    }

    private static string Decode(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options)
    {
        if (content.Length > options.MaxInputBytes)
        {
            throw new DocumentTooLargeException(sourcePath, content.Length, options.MaxInputBytes);
        }

        return HtmlDecoder.Decode(content.Span, sourcePath);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream stream, string sourcePath, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new DocumentTooLargeException(sourcePath, buffer.Length + read, limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private void CheckNesting(string markup, string sourcePath)
    {
        if (NestingScanner.ExceedsDepth(markup, MaxNestingDepth, out var depth))
        {
            throw new MarkupTooDeepException(sourcePath, depth, MaxNestingDepth);
        }
    }

    // Element positions come from the parser's creation callback: cheaper than keeping every token as a source
    // reference, and all the reader needs. The text of scripts and styles is never read, so it is not kept.
    private HtmlParser CreateParser(Dictionary<IElement, int> elementStarts) => new(new HtmlParserOptions
    {
        MaximumDepth = MaxNestingDepth,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        OnCreated = (element, position) => elementStarts[element] = position.Index,
    });

    private static HtmlArticle Extract(IDocument page, string markup, Dictionary<IElement, int> elementStarts, string sourcePath, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var analysis = PageAnalysis.Of(page, cancellationToken);
        if (analysis.VisibleCharacters == 0)
        {
            throw new EmptyDocumentException(sourcePath, "the page holds markup but no text");
        }

        var content = ContentLocator.Locate(analysis)
            ?? throw new NoArticleTextException(sourcePath, "the page holds only navigation, links and footer: no article text was found");

        var cursor = new SourceCursor(markup, elementStarts);
        var paths = new ElementPaths();
        var titleElement = TitleFinder.FindElement(analysis, content);
        var title = titleElement is not null
            ? new HtmlBlock(HtmlBlockKind.Title, [ArticleWalker.TextOf(titleElement, cursor)], [], 0, 0, null, paths.PathOf(titleElement))
            : TitleFromHead(page, cursor, paths);

        // The cursor moves forward through the page: the title is usually above the body, but when it is not, the
        // body is searched from its own start.
        cursor = new SourceCursor(markup, elementStarts);
        var paged = markup.Contains(ArticleWalker.EditorPageBreak, StringComparison.Ordinal);
        var blocks = ArticleWalker.Walk(analysis, content, titleElement, cursor, paths, paged, cancellationToken);
        if (blocks.Count == 0)
        {
            throw new NoArticleTextException(sourcePath, "the page's text is all page chrome (navigation, links, footer): no article text was found");
        }

        var builder = new DocumentBuilder(sourcePath, DocumentFormat.Html, markup, joinPageFragments: false);
        if (title is not null)
        {
            builder.AddBlock(title.Lines, BlockHint.Title, blocks[0].Page, title.ElementPath);
        }

        AddBlocks(builder, blocks);
        Document document;
        try
        {
            document = builder.Build();
        }
        catch (EmptyDocumentException)
        {
            throw new NoArticleTextException(sourcePath, "the article container holds no text");
        }

        return new HtmlArticle(document, PublicationDateFinder.Find(page, content));
    }

    private static HtmlBlock? TitleFromHead(IDocument page, SourceCursor cursor, ElementPaths paths)
    {
        var text = TitleFinder.FromTitleElement(page);
        var element = page.Head?.QuerySelector("title");
        if (text is null || element is null)
        {
            return null;
        }

        var line = ArticleWalker.TextOf(element, cursor);
        var at = line.Text.IndexOf(text, StringComparison.Ordinal);
        return new HtmlBlock(HtmlBlockKind.Title, [new SourceLine(text, line.SourceOffset + Math.Max(0, at))], [], 0, 0, null, paths.PathOf(element));
    }

    // Heading tags are relative: the largest one used in the article is a top-level section.
    private static void AddBlocks(DocumentBuilder builder, List<HtmlBlock> blocks)
    {
        var topTag = blocks.Where(b => b.Kind == HtmlBlockKind.Heading).Select(b => b.TagLevel).DefaultIfEmpty(2).Min();
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case HtmlBlockKind.Table:
                    builder.AddTable(block.Rows, block.HeaderRows, block.Page, block.ElementPath);
                    break;
                case HtmlBlockKind.Title:
                    builder.AddBlock(block.Lines, BlockHint.Title, block.Page, block.ElementPath);
                    break;
                case HtmlBlockKind.Heading:
                    builder.AddBlock(block.Lines, BlockHint.Heading, block.Page, block.ElementPath, block.TagLevel - topTag + 1);
                    break;
                case HtmlBlockKind.BoldHeading:
                    builder.AddBlock(block.Lines, BlockHint.Heading, block.Page, block.ElementPath);
                    break;
                case HtmlBlockKind.ListItem:
                    builder.AddBlock(block.Lines, BlockHint.Paragraph, block.Page, block.ElementPath);
                    break;
                default:
                    // A paragraph element may hold a caption or a numbered heading: judged from its text, as in
                    // plain text, so both formats agree.
                    builder.AddBlock(block.Lines, BlockHint.Auto, block.Page, block.ElementPath);
                    break;
            }
        }
    }
}
