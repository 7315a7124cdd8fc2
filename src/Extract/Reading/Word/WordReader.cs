extern alias OpenXml;

using System.IO.Packaging;
using System.Runtime.InteropServices;
using System.Xml;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using Extract.Documents;
using Document = Extract.Documents.Document;

namespace Extract.Reading.Word;

/// <summary>Reads Word documents (.docx, also .docm and templates) with the Open XML SDK into a
/// <see cref="Document"/>, normalized as text, HTML and PDF are, so that later stages see no difference.</summary>
/// <remarks>
/// <para>Paragraphs are read in document order with their runs joined; titles and headings from their styles (Title,
/// Heading 1-9 and their localized names such as 标题 1, or an outline level), with the number Word generates for a
/// list paragraph (<c>一、</c>, <c>I.</c>, <c>（二）</c>) written before the text as it prints. Tables become tables,
/// each cell a cell; footnotes follow the paragraph that cites them, endnotes the text, text boxes the paragraph they
/// are anchored in, each as blocks of their own whose <see cref="SourceLocation.ElementPath"/> names the anchor.
/// Headers, footers, comments, hidden text, tables of contents and the results of page-number and date fields are
/// left out; hyperlinks keep their text. Tracked changes are read as <see cref="Revisions"/> says: accepted by
/// default (the document as it would print).</para>
/// <para>A Word 97-2003 .doc, an OpenDocument .odt, an RTF file, a workbook or a presentation is refused with
/// <see cref="WrongDocumentKindException"/>, saying what it is; an encrypted .docx with
/// <see cref="EncryptedDocumentException"/>; a part expanding past <see cref="MaxPartBytes"/> (a zip bomb) with
/// <see cref="PartTooLargeException"/>; XML nested past <see cref="MaxNestingDepth"/> with
/// <see cref="MarkupTooDeepException"/>; a damaged package with <see cref="MalformedWordDocumentException"/>. The body
/// is read one top-level paragraph or table at a time, so memory stays in proportion to the text.</para>
/// </remarks>
/// <example>
/// <code>
/// var word = new WordReader().ReadWord(File.ReadAllBytes("whitepaper-2019.zh.docx"), "whitepaper-2019.zh.docx");
/// foreach (var heading in word.Document.Sections) Console.WriteLine($"{heading.Text} ({heading.Location.ElementPath})");
/// Console.WriteLine(word.Locate(word.Document.Paragraphs.First().Location.Span)); // paragraph 3, run 1
/// </code>
/// </example>
public sealed class WordReader : IDocumentFormatReader
{
    /// <summary>The default limit on a part's decompressed size: 64 MiB of XML, far beyond any white paper's text.</summary>
    public const long DefaultMaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The default limit on XML nesting: 256 levels (a real document nests some 20 deep; tables in tables
    /// add a few each).</summary>
    public const int DefaultMaxNestingDepth = 256;

    /// <summary>Which text of tracked changes is read: <see cref="RevisionView.Final"/> (insertions accepted,
    /// deletions dropped) unless set.</summary>
    public RevisionView Revisions { get; init; } = RevisionView.Final;

    /// <summary>A part (the body, styles, numbering, notes) decompressing to more bytes than this is refused with
    /// <see cref="PartTooLargeException"/>.</summary>
    public long MaxPartBytes { get; init; } = DefaultMaxPartBytes;

    /// <summary>A part nesting XML elements deeper than this is refused with <see cref="MarkupTooDeepException"/>.</summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Docx;

    /// <inheritdoc/>
    /// <remarks>Claims Open Packaging zips (a .docx, but also an .xlsx, refused when read, saying what it is),
    /// OpenDocument zips, compound files (.doc) and RTF, so that each is told for what it is instead of as binary
    /// data; other zip archives are not claimed.</remarks>
    public bool CanRead(ReadOnlySpan<byte> head, string sourcePath) => WordSniffer.Classify(head, sourcePath) != WordFileKind.None;

    /// <inheritdoc/>
    public Document Read(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options, CancellationToken cancellationToken) =>
        ReadWord(content, sourcePath, options, cancellationToken).Document;

    /// <summary>Reads a Word document held in memory, with the map back to its paragraphs and runs.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="sourcePath">The path or name to report the document and its errors under.</param>
    /// <param name="options">The options (for the size limit); <see cref="ReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractException">The file cannot be read; see the remarks of <see cref="WordReader"/>.</exception>
    public WordDocument ReadWord(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        options ??= ReaderOptions.Default;
        if (content.Length > options.MaxInputBytes)
        {
            throw new DocumentTooLargeException(sourcePath, content.Length, options.MaxInputBytes);
        }

        if (content.IsEmpty)
        {
            throw new EmptyDocumentException(sourcePath, "the file is empty (0 bytes)");
        }

        switch (WordSniffer.Classify(content.Span[..Math.Min(content.Length, 1024)], sourcePath))
        {
            case WordFileKind.CompoundFile:
                throw PackageInspector.DescribeCompoundFile(content.Span, sourcePath);
            case WordFileKind.Rtf:
                throw PackageInspector.DescribeRtf(sourcePath);
            case WordFileKind.None:
                throw new UnsupportedFormatException(sourcePath, "the file is not a Word document (.docx): it is not a zip archive");
        }

        using var stream = AsStream(content);
        PackageInspector.Inspect(stream, sourcePath, MaxPartBytes);
        stream.Position = 0;
        try
        {
            using var package = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxPartBytes });
            return Read(package, sourcePath, cancellationToken);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException or InvalidOperationException)
        {
            throw new MalformedWordDocumentException(sourcePath, "the package cannot be read: " + e.Message, null, e);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            // The SDK parses an attribute's value (a list level, a start number) only when it is read.
            throw new MalformedWordDocumentException(sourcePath, "a value in the document's XML is not of its type: " + e.Message, null, e);
        }
    }

    private WordDocument Read(WordprocessingDocument package, string sourcePath, CancellationToken cancellationToken)
    {
        var main = package.MainDocumentPart
            ?? throw new MalformedWordDocumentException(sourcePath, "the package has no main document part");
        OpenXmlPart?[] parts = [main, main.StyleDefinitionsPart, main.NumberingDefinitionsPart, main.FootnotesPart, main.EndnotesPart];
        foreach (var part in parts)
        {
            PartGuard.Check(part, sourcePath, MaxPartBytes, MaxNestingDepth, cancellationToken);
        }

        var styles = new StyleCatalog(main.StyleDefinitionsPart?.Styles);
        var numbering = new ListNumbering(main.NumberingDefinitionsPart?.Numbering, styles);
        var notes = new NoteCatalog(main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes);
        var writer = new SourceWriter();
        var walker = new BodyWalker(styles, numbering, notes, Revisions, writer, cancellationToken);
        WalkBody(main, walker);
        walker.Finish();

        var builder = new DocumentBuilder(sourcePath, DocumentFormat.Docx, writer.Source, joinPageFragments: false);
        foreach (var unit in walker.Units)
        {
            if (unit.Rows.IsEmpty)
            {
                builder.AddBlock(unit.Lines, unit.Hint, null, unit.Path, unit.HeadingLevel);
            }
            else
            {
                builder.AddTable([.. unit.Rows.Select(r => (IReadOnlyList<SourceLine>)r)], unit.HeaderRows, null, unit.Path);
            }
        }

        Document document;
        try
        {
            document = builder.Build();
        }
        catch (EmptyDocumentException)
        {
            throw new EmptyDocumentException(sourcePath, "the Word document's body holds no text");
        }

        return new WordDocument(document, writer.RunOffsets, writer.RunLocations);
    }

    // The body one top-level element at a time: memory in proportion to the largest paragraph or table, not to
    // the document.
    private static void WalkBody(MainDocumentPart main, BodyWalker walker)
    {
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Body) || !reader.IsStartElement)
            {
                continue;
            }

            if (!reader.ReadFirstChild())
            {
                return;
            }

            while (!reader.EOF && !(reader.IsEndElement && reader.ElementType == typeof(Body)))
            {
                if (reader.IsStartElement)
                {
                    walker.Add(reader.LoadCurrentElement()!);
                }
                else if (!reader.Read())
                {
                    return;
                }
            }

            return;
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
