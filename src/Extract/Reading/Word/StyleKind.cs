namespace Extract.Reading.Word;

/// <summary>What a paragraph style makes of its paragraphs.</summary>
internal enum StyleKind
{
    Body,
    Title,
    Heading,
    Contents,
}
