namespace Extract.Documents;

/// <summary>A paragraph of running text. Fragments cut by page breaks are joined into one paragraph.</summary>
public sealed record Paragraph : Block
{
    /// <summary>Creates a paragraph.</summary>
    public Paragraph(string text, Language language, SourceLocation location)
        : base(text, language, location)
    {
    }
}
