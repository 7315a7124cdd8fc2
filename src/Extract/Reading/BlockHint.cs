namespace Extract.Reading;

/// <summary>What a reader knows about a block from its format (an HTML <c>h2</c>, a PDF line in a larger font), to
/// guide <see cref="DocumentBuilder"/>; <see cref="Auto"/> lets the builder judge from the text alone.</summary>
public enum BlockHint
{
    /// <summary>Nothing is known: the builder tells headings, captions and paragraphs from the text.</summary>
    Auto = 0,

    /// <summary>The format marks the block as a heading.</summary>
    Heading = 1,

    /// <summary>The format marks the block as the document's title.</summary>
    Title = 2,

    /// <summary>The format marks the block as running text.</summary>
    Paragraph = 3,
}
