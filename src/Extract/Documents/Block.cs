namespace Extract.Documents;

/// <summary>One block of a document: a <see cref="Heading"/>, a <see cref="Paragraph"/>, a <see cref="Caption"/>
/// or a <see cref="Table"/>. Its <see cref="Text"/> is normalized and stands at <see cref="SourceLocation.Span"/>
/// in <see cref="Document.Text"/>.</summary>
public abstract record Block
{
    private protected Block(string text, Language language, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Language = language;
        Location = location;
    }

    /// <summary>The block's normalized text.</summary>
    public string Text { get; init; }

    /// <summary>The language of the block, from its script.</summary>
    public Language Language { get; init; }

    /// <summary>Where the block stands in the document and its source.</summary>
    public SourceLocation Location { get; init; }
}
