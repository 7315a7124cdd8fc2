namespace Extract.Reading.Html;

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
