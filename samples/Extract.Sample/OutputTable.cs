using Spectre.Console;

namespace Extract.Sample;

/// <summary>A table of the console's output: drawn with borders on a terminal; as tab-separated rows (a header row,
/// then one line per row, values whole) when the output goes to a file or a program, so that no value is cut or
/// wrapped and the rows can be read back.</summary>
/// <remarks>Cells are Spectre markup, as for <see cref="Table"/>: escape text with <see cref="Markup.Escape"/>.</remarks>
internal sealed class OutputTable
{
    private readonly Table _table = new();
    private readonly List<string> _columns = [];
    private readonly List<string[]> _rows = [];
    private string? _title;

    /// <summary>Whether tables are written as tab-separated rows: the output is redirected.</summary>
    public static bool Plain => System.Console.IsOutputRedirected;

    public OutputTable Title(string title)
    {
        _title = title;
        _table.Title(title);
        return this;
    }

    public OutputTable AddColumns(params string[] columns)
    {
        _columns.AddRange(columns);
        _table.AddColumns(columns);
        return this;
    }

    public OutputTable AddRow(params string[] cells)
    {
        _rows.Add(cells);
        _table.AddRow(cells);
        return this;
    }

    public void Write()
    {
        if (!Plain)
        {
            Cli.Out.Write(_table);
            return;
        }

        WritePlain(System.Console.Out);
    }

    /// <summary>Writes the table as tab-separated rows: a <c># title</c> line, the header, the rows.</summary>
    public void WritePlain(TextWriter output)
    {
        if (_title is not null)
        {
            output.WriteLine("# " + Markup.Remove(_title));
        }

        WritePlainRow(output, _columns);
        foreach (var row in _rows)
        {
            WritePlainRow(output, row);
        }
    }

    /// <summary>Writes one row (or the header) as a table written plain does, for rows written as they come.</summary>
    public static void WritePlainRow(TextWriter output, IEnumerable<string> cells) => output.WriteLine(string.Join('\t', cells.Select(Cell)));

    // A cell on one line of its own column: tabs and line breaks inside it become spaces.
    private static string Cell(string markup) =>
        Markup.Remove(markup).Replace('\t', ' ').ReplaceLineEndings(" ");
}
