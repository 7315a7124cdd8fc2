using System.Collections.Immutable;

namespace Extract.Documents;

/// <summary>A table: rows of cells. Its <see cref="Block.Text"/> holds the rows, one per line, cells separated by tabs.</summary>
public sealed record Table : Block
{
    /// <summary>Creates a table.</summary>
    public Table(string text, Language language, SourceLocation location, ImmutableArray<TableRow> rows)
        : base(text, language, location)
    {
        Rows = rows.IsDefault ? [] : rows;
    }

    /// <summary>The rows, in order.</summary>
    public ImmutableArray<TableRow> Rows { get; init; }
}

/// <summary>A row of a <see cref="Table"/>.</summary>
/// <param name="Cells">The cells, left to right.</param>
/// <param name="IsHeader">Whether the row is a header row.</param>
public sealed record TableRow(ImmutableArray<TableCell> Cells, bool IsHeader);

/// <summary>A cell of a <see cref="TableRow"/>.</summary>
/// <param name="Text">The cell's normalized text.</param>
/// <param name="Span">The cell's characters in <see cref="Document.Text"/>.</param>
public sealed record TableCell(string Text, TextSpan Span);
