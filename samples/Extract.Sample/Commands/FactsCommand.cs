using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Extract.Documents;
using Extract.Facts;
using Extract.Store;
using Spectre.Console;

namespace Extract.Sample.Commands;

/// <summary><c>facts FILE... [--format text|json|csv] [--catalog TSV] [--store DB]</c>: every fact of each document
/// (both editions of a bilingual one): indicator, value, unit, period (and where it comes from), change, sentence and
/// offsets; with <c>--store</c>, also written to a fact store, each document replacing its earlier facts.</summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo[]>("FILE") { Description = "Documents (text, HTML or PDF), one edition or both.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (a table), json (one array) or csv (one row per fact).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var catalog = new Option<FileInfo?>("--catalog")
        {
            Description = "An indicator catalog (TSV: id, unit, Chinese names, English names) laid over the default one.",
        };
        var store = new Option<FileInfo?>("--store")
        {
            Description = "A fact store (SQLite) to write the facts to, created when absent; a document read again replaces its facts.",
        };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the facts to this file instead of the console (text: tab-separated rows)." };
        var command = new Command("facts", "Print every fact of a document: indicator, value, unit, period, change, sentence and offsets.") { file, format, catalog, store, output };
        command.SetAction(result => Cli.Run(() =>
        {
            var terms = IndicatorCatalog.Default;
            if (result.GetValue(catalog) is { } user)
            {
                terms = terms.With(IndicatorCatalog.Load(user.FullName));
            }

            var extractor = new FactExtractor(terms);
            var files = result.GetRequiredValue(file);
            var chosen = result.GetValue(format) ?? "text";
            var db = result.GetValue(store);
            using var opened = db is null ? null : FactStore.Open(db.FullName);

            // Facts are written as they are read, document by document; only a table drawn on a terminal (which needs
            // every row) and a store (written a document at a time) hold a document's facts.
            IEnumerable<Fact> Facts(Action<double> progress)
            {
                for (var i = 0; i < files.Length; i++)
                {
                    var document = Cli.Read(files[i].FullName);
                    var facts = CheckCommand.FactsOf(document, extractor, f => progress((i + f) / files.Length));
                    if (opened is null)
                    {
                        foreach (var fact in facts)
                        {
                            yield return fact;
                        }

                        continue;
                    }

                    var held = facts.ToList();
                    opened.Put(document, held);
                    foreach (var fact in held)
                    {
                        yield return fact;
                    }
                }
            }

            var what = $"Reading the facts of {string.Join(", ", files.Select(f => f.Name))}";
            if (result.GetValue(output) is { } target)
            {
                // Written beside the target and moved over it when whole: an interrupted run leaves no half a file.
                var partial = target.FullName + ".partial";
                int count;
                try
                {
                    using (var stream = File.Create(partial))
                    {
                        count = Cli.WithProgress(what, progress => Write(Facts(progress), chosen, stream));
                    }

                    File.Move(partial, target.FullName, overwrite: true);
                }
                finally
                {
                    File.Delete(partial);
                }

                System.Console.Out.WriteLine($"Wrote {count} facts to {target.FullName}.");
                return 0;
            }

            if (chosen == "text" && !OutputTable.Plain)
            {
                var rows = Cli.WithProgress(what, progress => Facts(progress).ToList());
                WriteTable(rows);
                return 0;
            }

            // Streamed to the console: nothing may draw between the rows, so no progress bar.
            using (var console = System.Console.OpenStandardOutput())
            {
                Write(Facts(_ => { }), chosen, console);
            }

            return 0;
        }));
        return command;
    }

    // Writes the facts as they come; returns how many there were.
    private static int Write(IEnumerable<Fact> facts, string format, Stream stream)
    {
        var counted = new Counted(facts);
        switch (format)
        {
            case "json":
                WriteJson(counted, stream);
                break;
            case "csv":
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    // Spreadsheets read UTF-8 only after a byte order mark, on the console as in a file.
                    writer.Write('\uFEFF');
                    WriteCsv(counted, writer);
                }

                break;
            default:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    WriteRows(counted, writer);
                }

                break;
        }

        return counted.Count;
    }

    private static readonly string[] Columns = ["Indicator", "Name", "Value", "Unit", "Period", "Change", "Start"];

    // A terminal's table is kept narrow; rows written to a file or a program keep every name whole.
    private static string[] Row(Fact fact, bool whole) =>
    [
        Markup.Escape(fact.Indicator?.Id ?? "-"),
        Markup.Escape(whole || Name(fact).Length <= 24 ? Name(fact) : Name(fact)[..23] + "…"),
        Markup.Escape(fact.Quantity.Text),
        QuantitiesCommand.UnitName(fact.Quantity.Unit.Kind),
        Markup.Escape(fact.Period?.ToString() ?? ""),
        Markup.Escape(ChangeText(fact.Change)),
        fact.Span.Start.ToString(CultureInfo.InvariantCulture),
    ];

    // Tab-separated rows, as a table is written to a file, one at a time.
    private static void WriteRows(IEnumerable<Fact> facts, TextWriter output)
    {
        OutputTable.WritePlainRow(output, Columns);
        foreach (var fact in facts)
        {
            OutputTable.WritePlainRow(output, Row(fact, whole: true));
        }
    }

    // The table drawn on a terminal, with a line that counts the facts.
    private static void WriteTable(List<Fact> facts)
    {
        var table = new OutputTable().AddColumns(Columns);
        foreach (var fact in facts)
        {
            table.AddRow(Row(fact, whole: false));
        }

        table.Write();
        var known = facts.Count(f => f.Indicator is not null);
        Cli.Out.WriteLine($"{facts.Count} facts, {known} of a known indicator");
    }

    private static void WriteJson(IEnumerable<Fact> facts, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var fact in facts)
        {
            json.WriteStartObject();
            if (fact.Indicator is { } indicator)
            {
                json.WriteString("indicator", indicator.Id);
                json.WriteString("name", Name(fact));
            }
            else
            {
                json.WriteNull("indicator");
            }

            json.WriteString("label", fact.Label);
            json.WriteNumber("value", fact.Value);
            json.WriteString("unit", QuantitiesCommand.UnitName(fact.Quantity.Unit.Kind));
            if (fact.Quantity.Approximation != Quantities.Approximation.Exact)
            {
                json.WriteString("approximation", QuantitiesCommand.ApproximationName(fact.Quantity.Approximation));
            }

            if (fact.Period is { } period)
            {
                json.WriteString("period", period.ToString());
                json.WriteString("periodOrigin", PeriodOriginName(fact.PeriodOrigin));
            }
            else
            {
                json.WriteNull("period");
                json.WriteNull("periodOrigin");
            }

            if (fact.Change is { } change)
            {
                json.WriteStartObject("change");
                json.WriteNumber("value", change.Value);
                json.WriteString("unit", ChangeUnitName(change.Unit));
                json.WriteString("direction", change.Direction.ToString().ToLowerInvariant());
                json.WriteString("basis", change.Basis == ChangeBasis.YearOnYear ? "year-on-year" : "unstated");
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("change");
            }

            if (fact.Subject is { } subject)
            {
                json.WriteString("subject", subject);
            }

            json.WriteString("text", fact.Quantity.Text);
            json.WriteString("sentence", fact.Sentence.Text);
            json.WriteNumber("start", fact.Span.Start);
            json.WriteNumber("length", fact.Span.Length);
            json.WriteString("language", fact.Language == Language.English ? "en" : "zh");
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteCsv(IEnumerable<Fact> facts, TextWriter output)
    {
        output.Write("indicator,name,label,value,approximation,unit,currency,period,period_origin,change_value,change_unit,change_direction,subject,text,start,length,language,sentence\r\n");
        foreach (var fact in facts)
        {
            output.Write(string.Join(',',
                Csv(fact.Indicator?.Id ?? ""),
                Csv(fact.Indicator is null ? "" : Name(fact)),
                Csv(fact.Label),
                fact.Value.ToString(CultureInfo.InvariantCulture),
                QuantitiesCommand.ApproximationName(fact.Quantity.Approximation),
                QuantitiesCommand.UnitName(fact.Quantity.Unit.Kind),
                fact.Quantity.Unit is Quantities.Unit.Money money ? money.Currency.ToString().ToUpperInvariant() : "",
                Csv(fact.Period?.ToString() ?? ""),
                fact.PeriodOrigin is { } origin ? PeriodOriginName(origin) : "",
                fact.Change?.Value.ToString(CultureInfo.InvariantCulture) ?? "",
                fact.Change is { } c ? ChangeUnitName(c.Unit) : "",
                fact.Change?.Direction.ToString().ToLowerInvariant() ?? "",
                Csv(fact.Subject ?? ""),
                Csv(fact.Quantity.Text),
                fact.Span.Start.ToString(CultureInfo.InvariantCulture),
                fact.Span.Length.ToString(CultureInfo.InvariantCulture),
                fact.Language == Language.English ? "en" : "zh",
                Csv(fact.Sentence.Text)));
            output.Write("\r\n");
        }
    }

    // The indicator's name in the language of the fact's sentence, or the label when the indicator is unknown.
    private static string Name(Fact fact) => fact.Indicator is { } indicator
        ? fact.Language == Language.English ? indicator.EnglishName : indicator.ChineseName
        : fact.Label;

    private static string ChangeText(Change? change) => change is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"{change.Direction.ToString().ToLowerInvariant()} {change.Value}{(change.Unit == ChangeUnit.Percent ? "%" : change.Unit == ChangeUnit.PercentagePoints ? " pp" : "")}{(change.Basis == ChangeBasis.YearOnYear ? " yoy" : "")}");

    // stated: the sentence says; section: an earlier sentence of the section says; document-year: the year the
    // document's title reports on.
    private static string PeriodOriginName(PeriodOrigin? origin) => origin switch
    {
        PeriodOrigin.Section => "section",
        PeriodOrigin.DocumentYear => "document-year",
        _ => "stated",
    };

    private static string ChangeUnitName(ChangeUnit unit) => unit switch
    {
        ChangeUnit.PercentagePoints => "percentage-points",
        _ => unit.ToString().ToLowerInvariant(),
    };

    // A text field by RFC 4180; one a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return
    // first) gets a leading apostrophe, as in the reconciliation's CSV.
    private static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }


    // Counts the facts as they pass, for the line that says how many were written.
    private sealed class Counted(IEnumerable<Fact> facts) : IEnumerable<Fact>
    {
        public int Count { get; private set; }

        public IEnumerator<Fact> GetEnumerator()
        {
            foreach (var fact in facts)
            {
                Count++;
                yield return fact;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
