using Extract.Documents;

namespace Extract.Reading.Text;

/// <summary>Reads plain text: UTF-8, UTF-16 or GB18030, with the residue of PDF and web conversion (see
/// <see cref="TextNormalizer"/>). Blocks are separated by blank lines; inside a block, lines hard-wrapped at a
/// fixed width are joined, while a block of long lines (one paragraph per line) is split at each line.</summary>
public sealed class PlainTextReader : IDocumentFormatReader
{
    // A line longer than this is a whole paragraph, not a wrapped line.
    private const int WrappedLineMaxLength = 160;

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Text;

    /// <inheritdoc/>
    public bool CanRead(ReadOnlySpan<byte> head, string sourcePath) => true;

    /// <inheritdoc/>
    public Document Read(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(content.Span, sourcePath);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadText(decoded.Text, sourcePath, cancellationToken);
    }

    /// <summary>Reads text that is already decoded.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sourcePath">The path or name to report it under.</param>
    /// <exception cref="EmptyDocumentException">The text holds nothing but white space and markup.</exception>
    public static Document ReadText(string text, string sourcePath) => ReadText(text, sourcePath, CancellationToken.None);

    private static Document ReadText(string text, string sourcePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new DocumentBuilder(sourcePath, DocumentFormat.Text, text, joinPageFragments: true);
        foreach (var block in SplitBlocks(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddBlock(builder, block);
        }

        return builder.Build();
    }

    private static void AddBlock(DocumentBuilder builder, List<SourceLine> lines)
    {
        if (lines.All(l => l.Text.Contains('\t', StringComparison.Ordinal)) && lines.Count > 0)
        {
            builder.AddTable([.. lines.Select(SplitCells)], headerRows: 0);
            return;
        }

        if (lines.All(IsPipeRow))
        {
            var rows = lines.Where(l => !IsPipeSeparator(l.Text)).Select(SplitPipeCells).ToList();
            if (rows.All(r => r.Count == 1))
            {
                // "| 中文版 |": a one-cell row is a line set off by bars, not a table.
                foreach (var row in rows)
                {
                    builder.AddBlock([row[0]]);
                }
            }
            else
            {
                builder.AddTable(rows, headerRows: lines.Count > 1 && IsPipeSeparator(lines[1].Text) ? 1 : 0);
            }

            return;
        }

        if (lines.Any(l => l.Text.Length > WrappedLineMaxLength))
        {
            foreach (var line in lines)
            {
                builder.AddBlock([line]);
            }

            return;
        }

        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i == lines.Count || StartsNewBlock(lines[i - 1], lines[i]))
            {
                builder.AddBlock(lines.GetRange(start, i - start));
                start = i;
            }
        }
    }

    // Inside a wrapped block, a short line that ends a sentence or a heading mark on the next line starts a new block.
    private static bool StartsNewBlock(SourceLine previous, SourceLine line)
    {
        var text = line.Text.TrimStart();
        if (text.StartsWith('#') || SectionNumberParser.Parse(text) is { Style: not Documents.NumberingStyle.Arabic })
        {
            return true;
        }

        var previousText = previous.Text.TrimEnd();
        return previousText.Length < 40 && (DocumentBuilder.EndsSentence(previousText) || previousText.EndsWith(':'));
    }

    private static List<List<SourceLine>> SplitBlocks(string text)
    {
        var blocks = new List<List<SourceLine>>();
        var current = new List<SourceLine>();
        var offset = 0;
        while (offset <= text.Length)
        {
            var end = text.IndexOfAny(['\n', '\r', '\f'], offset);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[offset..end];
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = [];
                }
            }
            else
            {
                current.Add(new SourceLine(line, offset));
            }

            if (end == text.Length)
            {
                break;
            }

            offset = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    private static bool IsPipeRow(SourceLine line)
    {
        var t = line.Text.Trim();
        return t.Length > 1 && t[0] == '|' && t[^1] == '|';
    }

    private static bool IsPipeSeparator(string line) => line.Trim().Trim('|').All(c => c is '-' or ':' or '|' or ' ');

    private static List<SourceLine> SplitPipeCells(SourceLine line) => SplitOn(line, '|', trimOuter: true);

    private static List<SourceLine> SplitCells(SourceLine line) => SplitOn(line, '\t', trimOuter: false);

    private static List<SourceLine> SplitOn(SourceLine line, char separator, bool trimOuter)
    {
        var cells = new List<SourceLine>();
        var text = line.Text;
        var start = 0;
        var end = text.Length;
        if (trimOuter)
        {
            start = text.IndexOf(separator, StringComparison.Ordinal) + 1;
            end = text.LastIndexOf(separator);
        }

        while (start <= end)
        {
            var next = text.IndexOf(separator, start);
            if (next < 0 || next > end)
            {
                next = end;
            }

            cells.Add(new SourceLine(text[start..next], line.SourceOffset + start));
            start = next + 1;
        }

        return cells;
    }
}
