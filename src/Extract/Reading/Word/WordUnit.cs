using System.Collections.Immutable;

namespace Extract.Reading.Word;

/// <summary>A block read from a Word document, ready for <see cref="DocumentBuilder"/>: the lines of a paragraph, or
/// the rows of a table.</summary>
/// <param name="Lines">A paragraph's lines (split at its line breaks); empty for a table.</param>
/// <param name="Rows">A table's rows of cells; empty for a paragraph.</param>
/// <param name="HeaderRows">How many of the first rows repeat as header rows.</param>
/// <param name="Hint">What the paragraph's style says it is.</param>
/// <param name="HeadingLevel">For a heading, the level its style or outline level gives.</param>
/// <param name="Path">Where the block is, as a reader would say it: "paragraph 12", "table 2", "footnote 1 (paragraph 12)".</param>
internal sealed record WordUnit(
    ImmutableArray<SourceLine> Lines,
    ImmutableArray<ImmutableArray<SourceLine>> Rows,
    int HeaderRows,
    BlockHint Hint,
    int? HeadingLevel,
    string Path);
