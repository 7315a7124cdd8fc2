using System.Globalization;
using System.Security;
using System.Text;
using Extract.Documents;
using Extract.Reading.Text;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes the findings of segment mode back into a copy of the XLIFF file they came from, as notes on their
/// units (XLIFF 1.2 <c>&lt;note from="Extract" priority="…"&gt;</c>; XLIFF 2's notes module), so that a reviewer
/// sees each finding beside its segment in the translation tool. Nothing else in the file changes: the copy is the
/// original byte for byte, with the notes inserted.</summary>
public static class XliffAnnotator
{
    /// <summary>The value of the notes' <c>from</c> (XLIFF 1.2) and <c>category</c> (XLIFF 2) attributes.</summary>
    public const string NoteSource = "Extract";

    /// <summary>Writes the annotated copy of the report's XLIFF file to <paramref name="outputPath"/>.</summary>
    /// <param name="report">A report of segment mode on an XLIFF file.</param>
    /// <param name="outputPath">Where to write the copy.</param>
    /// <param name="minimumSeverity">The least severity of the findings written as notes.</param>
    /// <returns>How many notes were written.</returns>
    /// <exception cref="UnsupportedFormatException">The report is not of an XLIFF file.</exception>
    /// <exception cref="IOException">The file cannot be read or the copy written.</exception>
    public static int Annotate(ConsistencyReport report, string outputPath, Severity minimumSeverity = Severity.Low)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(outputPath);
        var file = report.Segments?.File;
        if (file is null || file.Format is not (SegmentFormat.Xliff1 or SegmentFormat.Xliff2))
        {
            throw new UnsupportedFormatException(file?.SourcePath ?? report.Alignment.Editions.Chinese.SourcePath, "notes can be written back into XLIFF files only");
        }

        var original = File.ReadAllBytes(file.SourcePath);
        var (annotated, notes) = Annotate(original, file, report.AtLeast(minimumSeverity));
        File.WriteAllBytes(outputPath, annotated);
        return notes;
    }

    /// <summary>The annotated bytes of <paramref name="original"/>, the content <paramref name="file"/> was read from.</summary>
    internal static (byte[] Bytes, int Notes) Annotate(byte[] original, SegmentFile file, IEnumerable<Discrepancy> discrepancies)
    {
        var decoded = TextDecoder.Decode(original, file.SourcePath);
        var text = decoded.Text;
        var preamble = Preamble(original, decoded.Encoding);

        // Each unit's notes go in one place: before </trans-unit>; into <notes>, or a new <notes> first in the unit.
        var inserts = new SortedDictionary<int, StringBuilder>();
        var notes = 0;
        foreach (var group in discrepancies.Where(d => d.Segment?.Anchor is not null).GroupBy(d => d.Segment!.Anchor!))
        {
            var anchor = group.Key;
            var body = new StringBuilder();
            foreach (var d in group)
            {
                body.Append(Note(file.Format, d));
                notes++;
            }

            var (at, content) = file.Format == SegmentFormat.Xliff1
                ? (anchor.EndTagStart, body.ToString())
                : anchor.NotesEndTagStart is { } notesEnd ? (notesEnd, body.ToString()) : (anchor.StartTagEnd, $"<notes>{body}</notes>");
            if (!inserts.TryGetValue(at, out var existing))
            {
                inserts[at] = existing = new StringBuilder();
            }

            existing.Append(content);
        }

        using var output = new MemoryStream(original.Length + (inserts.Count * 256));
        var (charsDone, bytesDone) = (0, preamble);
        output.Write(original, 0, preamble);
        foreach (var (at, content) in inserts)
        {
            var bytes = decoded.Encoding.GetByteCount(text.AsSpan(charsDone, at - charsDone));
            output.Write(original, bytesDone, bytes);
            output.Write(decoded.Encoding.GetBytes(content.ToString()));
            (charsDone, bytesDone) = (at, bytesDone + bytes);
        }

        output.Write(original, bytesDone, original.Length - bytesDone);
        return (output.ToArray(), notes);
    }

    private static string Note(SegmentFormat format, Discrepancy d)
    {
        // Priority 1 is the highest in both versions.
        var priority = (d.Severity switch { Severity.High => 1, Severity.Medium => 3, _ => 6 }).ToString(CultureInfo.InvariantCulture);
        var message = SecurityElement.Escape($"[{ReportNames.Of(d.Severity)}] {ReportNames.Of(d.Kind)}, segment {d.Segment!.Id}: {d.Message}");
        return format == SegmentFormat.Xliff1
            ? $"<note from=\"{NoteSource}\" priority=\"{priority}\">{message}</note>"
            : $"<note category=\"{NoteSource}\" priority=\"{priority}\" appliesTo=\"target\">{message}</note>";
    }

    // The byte order mark the decoder passed over, which stays in the copy.
    private static int Preamble(byte[] original, Encoding encoding)
    {
        var preamble = encoding.GetPreamble();
        if (preamble.Length == 0)
        {
            preamble = encoding is UTF8Encoding ? [0xEF, 0xBB, 0xBF] : [];
        }

        return original.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
    }
}
