namespace Extract.Reading;

/// <summary>A line of text as a reader found it, and where it starts in the document's source.</summary>
/// <param name="Text">The line, without its line break.</param>
/// <param name="SourceOffset">Offset of the line's first character in the source text.</param>
public readonly record struct SourceLine(string Text, int SourceOffset);
