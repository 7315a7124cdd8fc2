namespace Extract.Reading.Word;

/// <summary>A style's role and, for headings, its level (1 for Heading 1).</summary>
internal readonly record struct StyleRole(StyleKind Kind, int Level);
