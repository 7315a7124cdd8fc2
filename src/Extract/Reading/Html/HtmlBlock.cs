namespace Extract.Reading.Html;

/// <summary>A block found in the article, before it goes to <see cref="DocumentBuilder"/>.</summary>
/// <param name="Kind">What the markup says the block is.</param>
/// <param name="Lines">Its lines of text (empty for a table).</param>
/// <param name="Rows">For a table, its rows of cells.</param>
/// <param name="HeaderRows">For a table, how many of its first rows are header rows.</param>
/// <param name="TagLevel">For a heading, the level of its tag (2 for <c>h2</c>).</param>
/// <param name="Page">The one-based part of an article split by editor page breaks, when it is split.</param>
/// <param name="ElementPath">The CSS-style path of the element it came from.</param>
internal sealed record HtmlBlock(
    HtmlBlockKind Kind,
    IReadOnlyList<SourceLine> Lines,
    IReadOnlyList<IReadOnlyList<SourceLine>> Rows,
    int HeaderRows,
    int TagLevel,
    int? Page,
    string ElementPath);

/// <summary>What the markup says a block is.</summary>
internal enum HtmlBlockKind
{
    /// <summary>A paragraph or other running block; the builder judges it from its text, as for plain text.</summary>
    Text,

    /// <summary>The article's title.</summary>
    Title,

    /// <summary>A heading element (<c>h1</c>–<c>h6</c>).</summary>
    Heading,

    /// <summary>A short paragraph set entirely in bold: a heading in pages made with web editors.</summary>
    BoldHeading,

    /// <summary>An item of a list: running text even when it is short.</summary>
    ListItem,

    /// <summary>A data table.</summary>
    Table,
}
