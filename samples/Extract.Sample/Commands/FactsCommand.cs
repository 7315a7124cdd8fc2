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
            var read = result.GetRequiredValue(file).Select(f => Cli.WithStatus($"Reading the facts of {f.Name}", () => CheckCommand.Read(f.FullName, extractor))).ToList();
            if (result.GetValue(store) is { } db)
            {
                using var opened = FactStore.Open(db.FullName);
                foreach (var (document, documentFacts) in read)
                {
                    opened.Put(document, documentFacts);
                }
            }

            var facts = read.SelectMany(r => r.Facts).ToList();
            var chosen = result.GetValue(format);
            if (result.GetValue(output) is { } target)
            {
                using (var stream = File.Create(target.FullName))
                {
                    Write(facts, chosen, stream, toFile: true);
                }

                System.Console.Out.WriteLine($"Wrote {facts.Count} facts to {target.FullName}.");
                return 0;
            }

            using (var console = System.Console.OpenStandardOutput())
            {
                Write(facts, chosen, console, toFile: false);
            }

            return 0;
        }));
        return command;
    }

    private static void Write(List<Fact> facts, string? format, Stream stream, bool toFile)
    {
        switch (format)
        {
            case "json":
                WriteJson(facts, stream);
                break;
            case "csv":
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    // Spreadsheets read UTF-8 only after a byte order mark, on the console as in a file.
                    writer.Write('\uFEFF');
                    WriteCsv(facts, writer);
                }

                break;
            case var _ when toFile:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                {
                    WriteTable(facts, writer);
                }

                break;
            default:
                WriteTable(facts, null);
                break;
        }
    }

    private static void WriteTable(List<Fact> facts, TextWriter? file)
    {
        var table = new OutputTable().AddColumns("Indicator", "Name", "Value", "Unit", "Period", "Change", "Start");
        foreach (var fact in facts)
        {
            table.AddRow(
                Markup.Escape(fact.Indicator?.Id ?? "-"),
                Markup.Escape(Shorten(Name(fact))),
                Markup.Escape(fact.Quantity.Text),
                QuantitiesCommand.UnitName(fact.Quantity.Unit.Kind),
                Markup.Escape(fact.Period?.ToString() ?? ""),
                Markup.Escape(ChangeText(fact.Change)),
                fact.Span.Start.ToString(CultureInfo.InvariantCulture));
        }

        if (file is not null)
        {
            table.WritePlain(file);
            return;
        }

        table.Write();
        var known = facts.Count(f => f.Indicator is not null);
        Cli.Out.WriteLine($"{facts.Count} facts, {known} of a known indicator");
    }

    private static void WriteJson(List<Fact> facts, Stream stream)
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

    private static void WriteCsv(List<Fact> facts, TextWriter output)
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

    // A terminal's table is kept narrow; redirected output keeps every name whole.
    private static string Shorten(string text) => OutputTable.Plain || text.Length <= 24 ? text : text[..23] + "…";
}
