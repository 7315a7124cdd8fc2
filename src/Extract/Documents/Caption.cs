namespace Extract.Documents;

/// <summary>A short line standing on its own that is neither a heading nor running text: a chart caption, a line
/// of a cover page (office, date), a running title left on a page of its own.</summary>
public sealed record Caption : Block
{
    /// <summary>Creates a caption.</summary>
    public Caption(string text, Language language, SourceLocation location)
        : base(text, language, location)
    {
    }
}
