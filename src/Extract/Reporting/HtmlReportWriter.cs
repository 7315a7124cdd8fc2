using System.Globalization;
using Extract.Alignment;
using Extract.Documents;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Writes the report as one self-contained HTML page (inline style and script, no external asset): a summary,
/// the discrepancies with filters by kind and severity (low severity hidden at first) and links to their place, then
/// the two editions side by side, passage by passage, with every figure marked — matched figures in one style,
/// figures in discrepancies in another — and each mark an anchor (<c>zh-1234</c>, <c>en-5678</c>: where the figure
/// starts in its edition's text). Everything taken from the documents is escaped.</summary>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public ReportFormat Format => ReportFormat.Html;

    /// <inheritdoc/>
    public string FormatName => "html";

    /// <inheritdoc/>
    public string FileExtension => ".html";

    /// <inheritdoc/>
    public void Write(ConsistencyReport report, TextWriter output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var summary = new ReportSummary(report, options);
        var discrepancies = summary.Discrepancies;
        var zh = new FigureMarks("zh", report.ChineseFigures, report.Matches.Select(m => m.Chinese), discrepancies, d => d.Chinese);
        var en = new FigureMarks("en", report.EnglishFigures, report.Matches.Select(m => m.English), discrepancies, d => d.English);

        // The editions first, into a buffer: the list links only to the marks they actually placed.
        using var editions = new StringWriter(CultureInfo.InvariantCulture);
        WriteEditions(editions, report.Alignment, zh, en, discrepancies);

        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlText.Write(output, summary.Title);
        output.Write("</title>\n<style>\n");
        output.Write(HtmlReportAssets.Style);
        output.Write("</style>\n</head>\n<body>\n<header>\n<h1>");
        HtmlText.Write(output, summary.Title);
        output.Write("</h1>\n<p class=\"paths\">Chinese edition: <code>");
        HtmlText.Write(output, summary.ChinesePath);
        output.Write("</code><br>English edition: <code>");
        HtmlText.Write(output, summary.EnglishPath);
        output.Write("</code></p>\n");
        foreach (var (edition, document) in new[] { ("Chinese", report.Alignment.Editions.Chinese), ("English", report.Alignment.Editions.English) })
        {
            if (FigurePlace.Unread(document) is { } unread)
            {
                output.Write($"<p class=\"unread\">Pages not read, {edition} edition: ");
                HtmlText.Write(output, unread);
                output.Write("</p>\n");
            }
        }

        output.Write("</header>\n<main>\n");
        WriteSummary(output, summary);
        WriteDiscrepancies(output, summary, zh, en);
        output.Write(editions.ToString());
        output.Write("</main>\n<script>\n");
        output.Write(HtmlReportAssets.Script);
        output.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteSummary(TextWriter output, ReportSummary summary)
    {
        output.Write("<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"figures\">\n");
        output.Write("<thead><tr><th></th><th>Chinese</th><th>English</th></tr></thead>\n<tbody>\n");
        output.Write($"<tr><th scope=\"row\">Figures compared</th><td id=\"zh-figures\">{summary.ChineseFigures}</td><td id=\"en-figures\">{summary.EnglishFigures}</td></tr>\n");
        output.Write($"<tr><th scope=\"row\">Matched</th><td colspan=\"2\" id=\"matched\">{summary.Matched} pairs</td></tr>\n");
        output.Write("</tbody>\n</table>\n<table class=\"kinds\">\n<thead><tr><th>Flagged</th>");
        foreach (var severity in ReportNames.Severities)
        {
            output.Write($"<th class=\"{ReportNames.Of(severity)}\">{ReportNames.Of(severity)}</th>");
        }

        output.Write("<th>all</th></tr></thead>\n<tbody>\n");
        foreach (var kind in summary.KindsFound)
        {
            output.Write($"<tr data-kind=\"{ReportNames.Of(kind)}\"><th scope=\"row\">{ReportNames.Of(kind)}</th>");
            foreach (var severity in ReportNames.Severities)
            {
                output.Write($"<td>{Count(summary.Count(kind, severity))}</td>");
            }

            output.Write($"<td>{summary.Count(kind)}</td></tr>\n");
        }

        output.Write("</tbody>\n<tfoot><tr><th scope=\"row\">all kinds</th>");
        foreach (var severity in ReportNames.Severities)
        {
            output.Write($"<td>{summary.Count(severity)}</td>");
        }

        output.Write($"<td>{summary.Discrepancies.Length}</td></tr></tfoot>\n</table>\n</section>\n");
    }

    private static string Count(int count) => count == 0 ? "<span class=\"zero\">0</span>" : count.ToString(CultureInfo.InvariantCulture);

    private static void WriteDiscrepancies(TextWriter output, ReportSummary summary, FigureMarks zh, FigureMarks en)
    {
        output.Write("<section id=\"discrepancies\">\n<h2>Discrepancies</h2>\n<form id=\"filters\">\n<fieldset><legend>Severity</legend>");
        foreach (var severity in ReportNames.Severities)
        {
            var name = ReportNames.Of(severity);
            var on = severity == Severity.Low ? string.Empty : " checked";
            output.Write($"<label class=\"{name}\"><input type=\"checkbox\" name=\"severity\" value=\"{name}\"{on}> {name} ({summary.Count(severity)})</label>");
        }

        output.Write("</fieldset>\n<fieldset><legend>Kind</legend>");
        foreach (var kind in summary.KindsFound)
        {
            var name = ReportNames.Of(kind);
            output.Write($"<label><input type=\"checkbox\" name=\"kind\" value=\"{name}\" checked> {name} ({summary.Count(kind)})</label>");
        }

        var shown = summary.Discrepancies.Count(d => d.Severity != Severity.Low);
        output.Write($"</fieldset>\n</form>\n<p class=\"shown\"><span id=\"shown-count\">{shown}</span> of {summary.Discrepancies.Length} shown.</p>\n");
        var segmentMode = summary.Report.Segments is not null;
        if (summary.SegmentsLine is { } segments)
        {
            output.Write("<p class=\"segments\">");
            HtmlText.Write(output, segments);
            output.Write("</p>\n");
        }

        output.Write($"<table id=\"discrepancy-list\">\n<thead><tr><th>#</th>{(segmentMode ? "<th>Segment</th>" : string.Empty)}<th>Severity</th><th>Kind</th><th>Chinese</th><th>English</th><th>Message</th><th>Where</th></tr></thead>\n<tbody>\n");
        var number = 0;
        foreach (var d in summary.Discrepancies)
        {
            number++;
            var severity = ReportNames.Of(d.Severity);
            var kind = ReportNames.Of(d.Kind);
            var hidden = d.Severity == Severity.Low ? " hidden" : string.Empty;
            output.Write($"<tr id=\"d-{number}\" class=\"discrepancy {severity}\" data-kind=\"{kind}\" data-severity=\"{severity}\"{hidden}>");
            // The number shown counts the rows on view (a style counter), so that hiding low rows leaves no gaps.
            output.Write($"<td class=\"number\" data-number=\"{number}\"></td>");
            if (segmentMode)
            {
                output.Write("<td class=\"segment\">");
                HtmlText.Write(output, d.Segment?.Id ?? "—");
                output.Write("</td>");
            }

            output.Write($"<td><span class=\"badge {severity}\">{severity}</span></td><td>{kind}</td>");
            WriteFigureLink(output, d.Chinese, zh, "zh-Hans");
            WriteFigureLink(output, d.English, en, "en");
            output.Write("<td class=\"message\">");
            HtmlText.Write(output, d.Message);
            output.Write("</td><td class=\"place\">");
            WritePlace(output, "zh", FigurePlace.Chinese(summary.Report, d.Chinese));
            WritePlace(output, "en", FigurePlace.English(summary.Report, d.English));
            output.Write("</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WritePlace(TextWriter output, string edition, string? place)
    {
        if (place is not null)
        {
            output.Write($"<span class=\"{edition}-place\">{edition}: ");
            HtmlText.Write(output, place);
            output.Write("</span> ");
        }
    }

    private static void WriteFigureLink(TextWriter output, Figure? figure, FigureMarks marks, string language)
    {
        if (figure is null)
        {
            output.Write("<td class=\"absent\">—</td>");
            return;
        }

        var id = marks.IdOf(figure);
        output.Write($"<td lang=\"{language}\">");
        if (marks.Placed.Contains(id))
        {
            output.Write($"<a class=\"figure-link\" href=\"#{id}\">");
            HtmlText.Write(output, figure.Quantity.Text);
            output.Write("</a>");
        }
        else
        {
            HtmlText.Write(output, figure.Quantity.Text);
        }

        output.Write("</td>");
    }

    private static void WriteEditions(TextWriter output, EditionAlignment alignment, FigureMarks zh, FigureMarks en, IReadOnlyList<Discrepancy> discrepancies)
    {
        output.Write("<section id=\"editions\">\n<h2>Side by side</h2>\n<p class=\"legend\"><span class=\"fig matched\">matched</span> ");
        output.Write("<span class=\"fig flagged high\">high</span> <span class=\"fig flagged medium\">medium</span> <span class=\"fig flagged low\">low</span> ");
        output.Write("<span class=\"fig\">not compared</span> — a flagged figure links back to its discrepancy.</p>\n");
        output.Write("<table class=\"parallel\">\n<colgroup><col class=\"zh\"><col class=\"en\"></colgroup>\n<thead><tr><th>中文</th><th>English</th></tr></thead>\n<tbody>\n");
        foreach (var section in alignment.Sections)
        {
            if (section.Chinese is not null || section.English is not null)
            {
                output.Write($"<tr class=\"heading\" id=\"section-{section.Ordinal}\">");
                WriteCell(output, section.Chinese is null ? [] : [section.Chinese], zh, discrepancies, "zh-Hans");
                WriteCell(output, section.English is null ? [] : [section.English], en, discrepancies, "en");
                output.Write("</tr>\n");
            }

            foreach (var passage in section.Passages)
            {
                output.Write("<tr class=\"passage\">");
                WriteCell(output, passage.Chinese, zh, discrepancies, "zh-Hans");
                WriteCell(output, passage.English, en, discrepancies, "en");
                output.Write("</tr>\n");
            }
        }

        output.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteCell(TextWriter output, IReadOnlyList<Block> blocks, FigureMarks marks, IReadOnlyList<Discrepancy> discrepancies, string language)
    {
        if (blocks.Count == 0)
        {
            output.Write("<td class=\"absent\"></td>");
            return;
        }

        output.Write($"<td lang=\"{language}\">");
        foreach (var block in blocks)
        {
            var element = block switch
            {
                Heading => "h3",
                Table => "pre",
                _ => "p",
            };
            output.Write($"<{element}>");
            WriteBlockText(output, block, marks, discrepancies);
            output.Write($"</{element}>");
        }

        output.Write("</td>");
    }

    // The block's text with each figure inside it wrapped in its mark.
    private static void WriteBlockText(TextWriter output, Block block, FigureMarks marks, IReadOnlyList<Discrepancy> discrepancies)
    {
        var text = block.Text.AsSpan();
        var blockStart = block.Location.Span.Start;
        var written = 0;
        for (var i = marks.FirstAtOrAfter(blockStart); i < marks.InOrder.Length; i++)
        {
            var mark = marks.InOrder[i];
            var quantity = mark.Figure.Quantity;
            var start = quantity.Span.Start - blockStart;
            if (start >= text.Length)
            {
                break;
            }

            // A figure overlapping the previous one, or whose text the block does not hold as such, stays unmarked.
            if (start < written || start + quantity.Text.Length > text.Length || !text.Slice(start, quantity.Text.Length).SequenceEqual(quantity.Text))
            {
                continue;
            }

            HtmlText.Write(output, text[written..start]);
            WriteMark(output, mark, discrepancies);
            marks.Placed.Add(mark.Id);
            written = start + quantity.Text.Length;
        }

        HtmlText.Write(output, text[written..]);
    }

    private static void WriteMark(TextWriter output, FigureMarks.Mark mark, IReadOnlyList<Discrepancy> discrepancies)
    {
        if (mark.Discrepancy >= 0)
        {
            var d = discrepancies[mark.Discrepancy];
            var severity = ReportNames.Of(d.Severity);
            output.Write($"<a class=\"fig flagged {severity}\" id=\"{mark.Id}\" href=\"#d-{mark.Discrepancy + 1}\" title=\"");
            HtmlText.Write(output, $"{ReportNames.Of(d.Kind)} ({severity}): {d.Message}");
            output.Write("\">");
            HtmlText.Write(output, mark.Figure.Quantity.Text);
            output.Write("</a>");
            return;
        }

        output.Write($"<span class=\"fig{(mark.Matched ? " matched" : string.Empty)}\" id=\"{mark.Id}\" title=\"");
        HtmlText.Write(output, mark.Matched ? $"matched: {ReportNames.ForPeople(mark.Figure.Quantity.Value)} {ReportNames.Of(mark.Figure.Quantity.Unit.Kind)}" : "not compared");
        output.Write("\">");
        HtmlText.Write(output, mark.Figure.Quantity.Text);
        output.Write("</span>");
    }
}
