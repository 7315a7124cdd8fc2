using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Extract.Documents;
using Extract.Quantities;
using Extract.Sentences;

namespace Extract.Tables;

/// <summary>Applies the units a document's tables state to the bare numbers in their cells: <c>17.36</c> in a row
/// whose unit column says <c>万件</c>, under a header <c>专利申请量（万件）</c> or in a table captioned
/// <c>单位：万件</c> is 173,600 件, as <c>17.36万件</c> written in a sentence is.</summary>
/// <remarks>A unit column (headed <c>单位</c> or <c>Unit</c>) gives each row's unit; a column header that states a unit
/// gives its column's; a unit statement in the table's caption (the block or two before it, or a row of its own)
/// gives the rest. A cell gets a unit only where it holds a number and nothing else; the first column (row labels,
/// years) and columns of changes and shares (<c>同比增长</c>, <c>Year on year</c>) take only a unit their own header
/// states. Instances are not thread-safe: each reconciliation or extraction makes its own.</remarks>
public sealed partial class TableUnits
{
    private readonly Document _document;
    private readonly Dictionary<int, TableGrid?> _grids = [];

    /// <summary>Reads the units of <paramref name="document"/>'s tables, each when first needed.</summary>
    public TableUnits(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
    }

    /// <summary>The quantities of <paramref name="sentence"/> (a sentence of the document), those in table cells with
    /// their table's unit applied.</summary>
    public ImmutableArray<Quantity> Recognize(Sentence sentence) => Apply(sentence, QuantityRecognizer.Recognize(sentence));

    /// <summary><paramref name="quantities"/>, read from <paramref name="sentence"/>, with the units of the table cells
    /// they fill applied; unchanged outside tables.</summary>
    public ImmutableArray<Quantity> Apply(Sentence sentence, ImmutableArray<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (quantities.IsDefaultOrEmpty || GridOf(sentence.BlockIndex) is not { } grid)
        {
            return quantities;
        }

        ImmutableArray<Quantity>.Builder? changed = null;
        for (var i = 0; i < quantities.Length; i++)
        {
            var quantity = quantities[i];
            if (grid.UnitAt(quantity) is { } unit)
            {
                changed ??= quantities.ToBuilder();
                changed[i] = new Quantity(
                    quantity.Value * unit.Scale,
                    quantity.Precision * unit.Scale,
                    unit.Unit ?? quantity.Unit,
                    quantity.Text,
                    quantity.Span,
                    quantity.Form,
                    quantity.Approximation,
                    quantity.Direction,
                    quantity.Role);
            }
        }

        return changed?.ToImmutable() ?? quantities;
    }

    /// <summary>The unit that holds for the cell of <paramref name="row"/> and <paramref name="column"/> (zero-based) of
    /// the table at <paramref name="blockIndex"/>; <see langword="null"/> when none is stated, the cell is a header or
    /// the block is no table.</summary>
    public StatedUnit? UnitOf(int blockIndex, int row, int column) => GridOf(blockIndex)?.UnitOf(row, column);

    private TableGrid? GridOf(int blockIndex)
    {
        if (blockIndex < 0 || blockIndex >= _document.Blocks.Length || _document.Blocks[blockIndex] is not Table table)
        {
            return null;
        }

        if (!_grids.TryGetValue(blockIndex, out var grid))
        {
            grid = TableGrid.Read(table, CaptionUnit(blockIndex));
            _grids[blockIndex] = grid;
        }

        return grid;
    }

    // A table's caption stands just before it, sometimes with a separate unit line between them.
    private StatedUnit? CaptionUnit(int tableIndex)
    {
        for (var i = tableIndex - 1; i >= Math.Max(0, tableIndex - 2); i--)
        {
            var block = _document.Blocks[i];
            if (block is Table || block.Text.Length > 160)
            {
                return null;
            }

            foreach (var line in block.Text.Split('\n'))
            {
                if (StatedUnitParser.ParseStatement(line) is { } unit)
                {
                    return unit;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[+\-−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:计量单位|单位|units?|units?\s+of\s+measure(?:ment)?)[:：]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitColumnTitle();

    [GeneratedRegex(@"增长|增速|增幅|比重|占比|比上年|同比|%|％|growth|change|share|year[\s-]+on[\s-]+year|rate|y-o-y|yoy", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeColumnTitle();

    private sealed class TableGrid
    {
        private readonly ImmutableArray<TableRow> _rows;
        private readonly int _headerRows;
        private readonly int _unitColumn;
        private readonly StatedUnit?[] _columnUnits;
        private readonly bool[] _changeColumns;
        private readonly StatedUnit? _tableUnit;
        private readonly int _statementRow;
        private readonly (int Start, int Row, int Column)[] _cellStarts;

        private TableGrid(ImmutableArray<TableRow> rows, int headerRows, int unitColumn, StatedUnit?[] columnUnits, bool[] changeColumns, StatedUnit? tableUnit, int statementRow)
        {
            _rows = rows;
            _headerRows = headerRows;
            _unitColumn = unitColumn;
            _columnUnits = columnUnits;
            _changeColumns = changeColumns;
            _tableUnit = tableUnit;
            _statementRow = statementRow;
            _cellStarts = [.. rows.SelectMany((r, ri) => r.Cells.Select((c, ci) => (c.Span.Start, ri, ci))).OrderBy(c => c.Start)];
        }

        public static TableGrid? Read(Table table, StatedUnit? captionUnit)
        {
            var rows = table.Rows;
            if (rows.IsEmpty)
            {
                return null;
            }

            // A row of one cell that is a unit statement (单位：万元 above the header) holds for the whole table.
            var statementRow = -1;
            var tableUnit = captionUnit;
            for (var r = 0; r < Math.Min(rows.Length, 3); r++)
            {
                var filled = rows[r].Cells.Where(c => c.Text.Length > 0).ToList();
                if (filled.Count == 1 && StatedUnitParser.ParseStatement(filled[0].Text) is { } unit)
                {
                    (statementRow, tableUnit) = (r, unit);
                    break;
                }
            }

            var first = statementRow + 1;
            var headerRows = 0;
            while (first + headerRows < rows.Length && rows[first + headerRows].IsHeader)
            {
                headerRows++;
            }

            if (headerRows == 0 && first < rows.Length && LooksLikeHeader(rows[first]))
            {
                headerRows = 1;
            }

            var columns = rows.Max(r => r.Cells.Length);
            var columnUnits = new StatedUnit?[columns];
            var changeColumns = new bool[columns];
            var unitColumn = -1;
            for (var r = first; r < first + headerRows; r++)
            {
                for (var c = 0; c < rows[r].Cells.Length; c++)
                {
                    var text = rows[r].Cells[c].Text;
                    if (UnitColumnTitle().IsMatch(text))
                    {
                        unitColumn = c;
                        continue;
                    }

                    // A header that only names what is counted (Patent filings) says nothing a bare number lacks.
                    var stated = StatedUnitParser.ParseUnit(text) ?? StatedUnitParser.ParseStatement(text);
                    if (stated is not null && (stated.Scale != 1m || stated.Unit is not Unit.Count))
                    {
                        columnUnits[c] = stated;
                    }

                    changeColumns[c] |= ChangeColumnTitle().IsMatch(text);
                }
            }

            var grid = new TableGrid(rows, first + headerRows, unitColumn, columnUnits, changeColumns, tableUnit, statementRow);
            return unitColumn < 0 && tableUnit is null && columnUnits.All(u => u is null) ? null : grid;
        }

        public StatedUnit? UnitOf(int row, int column)
        {
            if (row < _headerRows || row == _statementRow || row >= _rows.Length || column < 0 || column >= _columnUnits.Length || column == _unitColumn)
            {
                return null;
            }

            if (_columnUnits[column] is { } own)
            {
                return own;
            }

            if (column == 0 || _changeColumns[column])
            {
                return null;
            }

            var cells = _rows[row].Cells;
            if (_unitColumn >= 0 && _unitColumn < cells.Length && StatedUnitParser.ParseUnit(cells[_unitColumn].Text) is { } rowUnit)
            {
                return rowUnit;
            }

            return _tableUnit;
        }

        // The unit of the cell a quantity fills when it is a bare number filling the cell alone.
        public StatedUnit? UnitAt(Quantity quantity)
        {
            if (quantity.Role != QuantityRole.Measure || quantity.Unit is not Unit.Count { Label: null } || !BareNumber().IsMatch(quantity.Text))
            {
                return null;
            }

            var at = Array.BinarySearch(_cellStarts, (quantity.Span.Start, int.MaxValue, int.MaxValue));
            var index = at >= 0 ? at : ~at - 1;
            if (index < 0)
            {
                return null;
            }

            var (_, row, column) = _cellStarts[index];
            var cell = _rows[row].Cells[column];
            if (quantity.Span.Start < cell.Span.Start || quantity.Span.End > cell.Span.End || cell.Text != quantity.Text)
            {
                return null;
            }

            return UnitOf(row, column);
        }

        // Without a marked header, a first row is one when it names a unit column or holds no bare number.
        private static bool LooksLikeHeader(TableRow row) =>
            row.Cells.Any(c => UnitColumnTitle().IsMatch(c.Text)) || !row.Cells.Any(c => BareNumber().IsMatch(c.Text));
    }
}
