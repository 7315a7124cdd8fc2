using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Extract.Quantities;
using Extract.Sentences;
using Extract.Tables;
using Spectre.Console;

namespace Extract.Sample.Commands;

/// <summary><c>quantities FILE [--format text|json]</c>: every quantity of a document with its normalized value,
/// unit, approximation, sentence and offsets.</summary>
internal static class QuantitiesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A document (text, HTML or PDF)." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (a table) or json (one array).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("quantities", "Print every quantity of a document: value, unit, approximation, sentence and offsets.") { file, format };
        command.SetAction(result => Cli.Run(() =>
        {
            var document = Cli.Read(result.GetRequiredValue(file).FullName);
            var tables = new TableUnits(document);

            // Lazily, sentence by sentence: JSON and redirected rows are written as they are found, so the memory
            // beyond the document's own stays bounded however many quantities it holds.
            var found = SentenceSplitter.Split(document)
                .SelectMany(sentence => tables.Recognize(sentence).Select(quantity => (quantity, sentence)));
            if (result.GetValue(format) == "json")
            {
                WriteJson(found);
            }
            else if (OutputTable.Plain)
            {
                WriteRows(found);
            }
            else
            {
                WriteTable([.. found]);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteJson(IEnumerable<(Quantity Quantity, Sentence Sentence)> found)
    {
        using var stream = System.Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var (quantity, sentence) in found)
        {
            json.WriteStartObject();
            json.WriteString("text", quantity.Text);
            json.WriteNumber("value", quantity.Value);
            json.WriteString("unit", UnitName(quantity.Unit.Kind));
            WriteOptional(json, "classifier", quantity.Unit switch
            {
                Unit.Count c => c.Classifier,
                Unit.RatePer r => r.Classifier,
                Unit.Ordinal o => o.Classifier,
                _ => null,
            });
            WriteOptional(json, "noun", quantity.Unit switch
            {
                Unit.Count c => c.Noun,
                Unit.RatePer r => r.Noun,
                _ => null,
            });
            WriteOptional(json, "currency", quantity.Unit is Unit.Money money ? money.Currency.ToString().ToUpperInvariant() : null);
            json.WriteString("approximation", ApproximationName(quantity.Approximation));
            json.WriteNumber("start", quantity.Span.Start);
            json.WriteNumber("length", quantity.Span.Length);
            json.WriteString("sentence", sentence.Text);
            if (quantity.Direction != Direction.None)
            {
                json.WriteString("direction", quantity.Direction == Direction.Up ? "up" : "down");
            }

            if (quantity.Role != QuantityRole.Measure)
            {
                json.WriteString("role", RoleName(quantity.Role));
            }

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

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static readonly string[] Columns = ["Text", "Value", "Unit", "Label", "Approximation", "Direction", "Role", "Start", "Length"];

    // Redirected output: a header and one tab-separated row per quantity, written as found.
    private static void WriteRows(IEnumerable<(Quantity Quantity, Sentence Sentence)> found)
    {
        using var output = new StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
        output.WriteLine(string.Join('\t', Columns));
        var count = 0;
        foreach (var (quantity, _) in found)
        {
            output.WriteLine(string.Join('\t', Cells(quantity).Select(c => c.Replace('\t', ' ').ReplaceLineEndings(" "))));
            count++;
        }

        output.WriteLine($"{count} quantities");
    }

    private static void WriteTable(List<(Quantity Quantity, Sentence Sentence)> found)
    {
        var table = new OutputTable().AddColumns(Columns);
        foreach (var (quantity, _) in found)
        {
            table.AddRow([.. Cells(quantity).Select(Markup.Escape)]);
        }

        table.Write();
        Cli.Out.WriteLine($"{found.Count} quantities");
    }

    private static string[] Cells(Quantity quantity) =>
    [
        quantity.Text,
        quantity.Unit.Kind == UnitKind.Date ? ReconcileCommand.ValueText(quantity) : quantity.Value.ToString(CultureInfo.InvariantCulture),
        UnitName(quantity.Unit.Kind),
        quantity.Unit is Unit.Money m ? m.Currency.ToString().ToUpperInvariant() : quantity.Unit.Label ?? "",
        quantity.Approximation == Approximation.Exact ? "" : ApproximationName(quantity.Approximation),
        quantity.Direction == Direction.None ? "" : quantity.Direction.ToString().ToLowerInvariant(),
        quantity.Role == QuantityRole.Measure ? "" : RoleName(quantity.Role),
        quantity.Span.Start.ToString(CultureInfo.InvariantCulture),
        quantity.Span.Length.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>The unit kind as written in JSON and in the fixtures: count, money, percent, percentage-points …</summary>
    public static string UnitName(UnitKind kind) => kind switch
    {
        UnitKind.PercentagePoints => "percentage-points",
        UnitKind.YearRange => "year-range",
        UnitKind.YearPart => "year-part",
        _ => kind.ToString().ToLowerInvariant(),
    };

    // The role as written in JSON and in the table; a measure is the default and is left out.
    private static string RoleName(QuantityRole role) => role switch
    {
        QuantityRole.NamePart => "name",
        QuantityRole.Identifier => "identifier",
        QuantityRole.Enumerator => "enumerator",
        _ => "measure",
    };

    /// <summary>The approximation as written in JSON: exact, more-than, at-least, nearly, about, up-to, less-than.</summary>
    public static string ApproximationName(Approximation approximation) => approximation switch
    {
        Approximation.MoreThan => "more-than",
        Approximation.AtLeast => "at-least",
        Approximation.UpTo => "up-to",
        Approximation.LessThan => "less-than",
        _ => approximation.ToString().ToLowerInvariant(),
    };
}
