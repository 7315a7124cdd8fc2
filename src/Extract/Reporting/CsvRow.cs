namespace Extract.Reporting;

/// <summary>Writes the fields of CSV rows by RFC 4180: separated by commas, a row ended by CRLF, a field quoted when
/// it holds a comma, a quote, a line break or spaces at its ends, with its quotes doubled. An absent field is empty.</summary>
internal struct CsvRow(TextWriter output)
{
    private bool _started;

    public void Add(string? field)
    {
        if (_started)
        {
            output.Write(',');
        }

        _started = true;
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        // A cell a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) is written with a
        // leading apostrophe; a plain number such as -3.2 stays a number.
        if (field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(field, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        if (!NeedsQuotes(field))
        {
            output.Write(field);
            return;
        }

        output.Write('"');
        var rest = field.AsSpan();
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            output.Write(rest[..(quote + 1)]);
            output.Write('"');
            rest = rest[(quote + 1)..];
        }

        output.Write(rest);
        output.Write('"');
    }

    public void End()
    {
        output.Write("\r\n");
        _started = false;
    }

    // Spaces at the ends are quoted because some spreadsheet programs trim unquoted fields.
    private static bool NeedsQuotes(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' ';
}
