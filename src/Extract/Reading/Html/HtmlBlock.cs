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
