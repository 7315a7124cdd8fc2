using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extract.Store;

namespace Extract.Checks;

/// <summary>Writes the findings of <see cref="FactChecker"/> as text, Markdown, JSON (an object whose
/// <c>checks</c> array holds one object per finding, see <c>check-report.schema.json</c>), CSV or HTML.</summary>
public static class CheckReportWriter
{
    /// <summary>The formats written, by name.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["text", "md", "json", "csv", "html"];

    /// <summary>Writes the inconsistent checks of <paramref name="checks"/> in <paramref name="format"/>, with counts
    /// of all comparisons made.</summary>
    /// <exception cref="ArgumentException">When the format is not one of <see cref="Formats"/>.</exception>
    public static void Write(IReadOnlyList<FactCheck> checks, string format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(output);
        var findings = checks.Where(c => !c.Consistent).ToList();
        switch (format)
        {
            case "text":
                output.WriteLine($"{checks.Count} comparisons, {checks.Count - findings.Count} consistent, {findings.Count} inconsistent.");
                foreach (var f in findings)
                {
                    output.WriteLine($"[{Severity(f)}] {Kind(f.Kind)}: {f.Message}");
                    foreach (var figure in f.Figures.DistinctBy(x => (x.Document.ContentHash, x.SentenceStart)))
                    {
                        output.WriteLine($"    {figure.Document.Name}: {figure.Sentence}");
                    }
                }

                break;
            case "md":
                output.WriteLine("# Fact checks");
                output.WriteLine();
                output.WriteLine($"{checks.Count} comparisons, {checks.Count - findings.Count} consistent, {findings.Count} inconsistent.");
                if (findings.Count > 0)
                {
                    output.WriteLine();
                    output.WriteLine("| Severity | Kind | Finding | Documents |");
                    output.WriteLine("|---|---|---|---|");
                    foreach (var f in findings)
                    {
                        output.WriteLine($"| {Severity(f)} | {Kind(f.Kind)} | {Md(f.Message)} | {Md(string.Join("; ", f.Figures.Select(x => x.Document.Name).Distinct()))} |");
                    }
                }

                break;
            case "json":
                WriteJson(checks, findings, output);
                break;
            case "csv":
                output.WriteLine("kind,severity,message,computed_low,computed_high,stated_low,stated_high,documents,sentences");
                foreach (var f in findings)
                {
                    output.WriteLine(string.Join(',',
                        Kind(f.Kind), Severity(f), Csv(f.Message),
                        Number(f.Computed.Low), Number(f.Computed.High), Number(f.Stated.Low), Number(f.Stated.High),
                        Csv(string.Join(" | ", f.Figures.Select(x => x.Document.Path))),
                        Csv(string.Join(" | ", f.Figures.Select(x => x.Sentence)))));
                }

                break;
            case "html":
                output.WriteLine("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Fact checks</title></head><body><h1>Fact checks</h1>");
                output.WriteLine($"<p>{checks.Count} comparisons, {checks.Count - findings.Count} consistent, {findings.Count} inconsistent.</p>");
                if (findings.Count > 0)
                {
                    output.WriteLine("<table><thead><tr><th>Severity</th><th>Kind</th><th>Finding</th><th>Figures</th></tr></thead><tbody>");
                    foreach (var f in findings)
                    {
                        var figures = string.Join("<br>", f.Figures.DistinctBy(x => (x.Document.ContentHash, x.SentenceStart)).Select(x => $"{Html(x.Document.Name)}: {Html(x.Sentence)}"));
                        output.WriteLine($"<tr><td>{Severity(f)}</td><td>{Kind(f.Kind)}</td><td>{Html(f.Message)}</td><td>{figures}</td></tr>");
                    }

                    output.WriteLine("</tbody></table>");
                }

                output.WriteLine("</body></html>");
                break;
            default:
                throw new ArgumentException($"Unknown format \"{format}\": use one of {string.Join(", ", Formats)}.", nameof(format));
        }
    }

    /// <summary>The name of a kind in reports: <c>growth</c>, <c>part-exceeds-total</c>, <c>parts-exceed-total</c>,
    /// <c>shares-exceed-whole</c>, <c>restatement</c>.</summary>
    public static string Kind(FactCheckKind kind) => kind switch
    {
        FactCheckKind.Growth => "growth",
        FactCheckKind.PartExceedsTotal => "part-exceeds-total",
        FactCheckKind.PartsExceedTotal => "parts-exceed-total",
        FactCheckKind.SharesExceedWhole => "shares-exceed-whole",
        _ => "restatement",
    };

    private static void WriteJson(IReadOnlyList<FactCheck> checks, List<FactCheck> findings, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("summary");
            json.WriteNumber("compared", checks.Count);
            json.WriteNumber("consistent", checks.Count - findings.Count);
            json.WriteNumber("total", findings.Count);
            json.WriteEndObject();
            json.WriteStartArray("checks");
            foreach (var f in findings)
            {
                json.WriteStartObject();
                json.WriteString("kind", Kind(f.Kind));
                json.WriteString("severity", Severity(f));
                json.WriteString("message", f.Message);
                Interval(json, "computed", f.Computed);
                Interval(json, "stated", f.Stated);
                json.WriteStartArray("figures");
                foreach (var x in f.Figures)
                {
                    Figure(json, x);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Figure(Utf8JsonWriter json, StoredFact x)
    {
        json.WriteStartObject();
        json.WriteString("document", x.Document.Path);
        if (x.Document.Title is { } title)
        {
            json.WriteString("title", title);
        }
        else
        {
            json.WriteNull("title");
        }

        json.WriteString("language", FactStore.LanguageCode(x.Language));
        if (x.IndicatorId is { } id)
        {
            json.WriteString("indicator", id);
        }
        else
        {
            json.WriteNull("indicator");
        }

        json.WriteString("label", x.Label);
        json.WriteNumber("value", x.Value);
        json.WriteNumber("precision", x.Precision);
        json.WriteString("text", x.QuantityText);
        if (x.Period is { } period)
        {
            json.WriteString("period", period.ToString());
        }
        else
        {
            json.WriteNull("period");
        }

        if (x.Change is { } change)
        {
            json.WriteNumber("change", change.SignedValue);
            json.WriteString("changeUnit", change.Unit.ToString().ToLowerInvariant());
        }

        json.WriteString("sentence", x.Sentence);
        json.WriteNumber("start", x.Start);
        json.WriteNumber("length", x.Length);
        json.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter json, string name, ValueInterval interval)
    {
        json.WriteStartObject(name);
        if (interval.Low is { } low)
        {
            json.WriteNumber("low", low);
        }
        else
        {
            json.WriteNull("low");
        }

        if (interval.High is { } high)
        {
            json.WriteNumber("high", high);
        }
        else
        {
            json.WriteNull("high");
        }

        json.WriteEndObject();
    }

    private static string Severity(FactCheck check) => check.Severity.ToString().ToLowerInvariant();

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Md(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}
