namespace Extract.Documents;

/// <summary>A heading: the document title (level 0) or a section heading (level 1 and below).</summary>
public sealed record Heading : Block
{
    /// <summary>Creates a heading.</summary>
    public Heading(string text, Language language, SourceLocation location, int level, SectionNumber? number)
        : base(text, language, location)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        Level = level;
        Number = number;
    }

    /// <summary>0 for the document title, 1 for a top-level section, 2 for a sub-section, and so on.</summary>
    public int Level { get; init; }

    /// <summary>The heading's numbering, when it has one.</summary>
    public SectionNumber? Number { get; init; }

    /// <summary>The heading's text without its numbering.</summary>
    public string Title => Number is null ? Text : Text[Number.Text.Length..].TrimStart();
}
