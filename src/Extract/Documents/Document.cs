using System.Collections.Immutable;

namespace Extract.Documents;

/// <summary>A document as read: its normalized <see cref="Text"/>, cut into <see cref="Blocks"/>, with a map back to
/// the <see cref="Source"/> it was read from.</summary>
/// <remarks>Every block's <see cref="SourceLocation.Span"/> points into <see cref="Text"/>; blocks are separated there
/// by a blank line. <see cref="SourceMap"/> turns an offset in <see cref="Text"/> into one in <see cref="Source"/>.</remarks>
public sealed record Document
{
    /// <summary>Creates a document. Readers build documents; use this for documents made in code.</summary>
    public Document(
        string sourcePath,
        DocumentFormat format,
        Language language,
        string? title,
        string text,
        ImmutableArray<Block> blocks,
        string source,
        OffsetMap sourceMap)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceMap);
        SourcePath = sourcePath;
        Format = format;
        Language = language;
        Title = title;
        Text = text;
        Blocks = blocks.IsDefault ? [] : blocks;
        Source = source;
        SourceMap = sourceMap;
    }

    /// <summary>The path or name of the file the document was read from.</summary>
    public string SourcePath { get; init; }

    /// <summary>The format it was read from.</summary>
    public DocumentFormat Format { get; init; }

    /// <summary>The language most of its text is in.</summary>
    public Language Language { get; init; }

    /// <summary>The title, from the first heading or line of the document, when it has one.</summary>
    public string? Title { get; init; }

    /// <summary>The normalized text: the blocks' texts separated by blank lines.</summary>
    public string Text { get; init; }

    /// <summary>The blocks, in reading order.</summary>
    public ImmutableArray<Block> Blocks { get; init; }

    /// <summary>The text the document was read from: the decoded file for text, the markup for HTML, the extracted
    /// text for PDF.</summary>
    public string Source { get; init; }

    /// <summary>Maps offsets in <see cref="Text"/> to offsets in <see cref="Source"/>.</summary>
    public OffsetMap SourceMap { get; init; }

    /// <summary>Pages of the input that could not be read (damaged), in order, with the reason: their text is missing
    /// from <see cref="Text"/>. Empty when every page was read.</summary>
    public ImmutableArray<UnreadPage> UnreadPages { get; init; } = [];

    /// <summary>The headings, in order.</summary>
    public IEnumerable<Heading> Headings => Blocks.OfType<Heading>();

    /// <summary>The top-level section headings (level 1), in order.</summary>
    public IEnumerable<Heading> Sections => Blocks.OfType<Heading>().Where(h => h.Level == 1);

    /// <summary>The paragraphs, in order.</summary>
    public IEnumerable<Paragraph> Paragraphs => Blocks.OfType<Paragraph>();

    /// <summary>The characters of <see cref="Source"/> that <paramref name="span"/> of <see cref="Text"/> came from.</summary>
    public TextSpan ToSource(TextSpan span) => SourceMap.ToSource(span);

    /// <summary>The text under <paramref name="span"/>.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
