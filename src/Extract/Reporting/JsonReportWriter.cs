using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes the report as JSON following <c>report.schema.json</c> (a stable contract: fields are added, never
/// renamed or removed). Values are exact JSON numbers written from the decimals (1472600, never 1.4726E6).</summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Chinese text stays readable; quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Json;

    /// <inheritdoc/>
    public string FormatName => "json";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public void Write(ConsistencyReport report, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(report, buffer, options);
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.WriteLine();
    }

    /// <summary>Writes the report as UTF-8 JSON to <paramref name="output"/>.</summary>
    public void Write(ConsistencyReport report, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(report, buffer, options);
        output.Write(buffer.WrittenSpan);
    }

    private static void Write(ConsistencyReport report, IBufferWriter<byte> output, ReportOptions? options)
    {
        var summary = new ReportSummary(report, options);
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        WriteEdition(json, "zh", summary.ChinesePath, summary.ChineseFigures, report.Alignment.Editions.Chinese);
        WriteEdition(json, "en", summary.EnglishPath, summary.EnglishFigures, report.Alignment.Editions.English);
        if (report.Segments is { } segments)
        {
            json.WriteStartObject("segments");
            json.WriteString("file", summary.Shown(segments.File.SourcePath));
            json.WriteString("format", ReportNames.Of(segments.File.Format));
            json.WriteNumber("count", segments.File.Segments.Length);
            json.WriteNumber("untranslated", segments.File.UntranslatedCount);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("segments");
        }

        json.WriteStartObject("summary");
        json.WriteNumber("matched", summary.Matched);
        json.WriteNumber("total", summary.Discrepancies.Length);
        json.WriteStartObject("severities");
        foreach (var severity in ReportNames.Severities)
        {
            json.WriteNumber(ReportNames.Of(severity), summary.Count(severity));
        }

        json.WriteEndObject();
        json.WriteStartObject("kinds");
        foreach (var kind in ReportNames.Kinds)
        {
            json.WriteNumber(ReportNames.Of(kind), summary.Count(kind));
        }

        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("discrepancies");
        foreach (var d in summary.Discrepancies)
        {
            json.WriteStartObject();
            json.WriteString("kind", ReportNames.Of(d.Kind));
            json.WriteString("severity", ReportNames.Of(d.Severity));
            json.WriteString("message", d.Message);
            WriteFigure(json, "zh", d.Chinese, FigurePlace.Chinese(report, d.Chinese));
            WriteFigure(json, "en", d.English, FigurePlace.English(report, d.English));
            if (d.Segment is { } segment)
            {
                json.WriteStartObject("segment");
                json.WriteString("id", segment.Id);
                json.WriteNumber("line", segment.Line);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("segment");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEdition(Utf8JsonWriter json, string name, string path, int facts, Documents.Document document)
    {
        json.WriteStartObject(name);
        json.WriteString("path", path);
        json.WriteNumber("facts", facts);
        json.WriteStartArray("unreadPages");
        foreach (var unread in document.UnreadPages)
        {
            json.WriteStartObject();
            json.WriteNumber("page", unread.Page);
            json.WriteString("reason", unread.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, string name, Figure? figure, string? place)
    {
        if (figure is null)
        {
            json.WriteNull(name);
            return;
        }

        var quantity = figure.Quantity;
        json.WriteStartObject(name);
        json.WriteString("text", quantity.Text);

        // Normalized first: the writer keeps a decimal's trailing zeros (1472600.00), which are not part of the value.
        json.WriteNumber("value", Quantities.Decimals.Normalize(quantity.Value));
        json.WriteString("unit", ReportNames.Of(quantity.Unit.Kind));

        if (figure.Indicator is { } indicator)
        {
            json.WriteString("indicator", indicator.Id);
        }
        else
        {
            json.WriteNull("indicator");
        }

        json.WriteString("sentence", FigureLocation.Context(figure).Text);
        json.WriteNumber("start", quantity.Span.Start);
        if (place is null)
        {
            json.WriteNull("place");
        }
        else
        {
            json.WriteString("place", place);
        }

        json.WriteEndObject();
    }
}
