using System.Collections.Immutable;
using System.Text;

namespace Extract.Reading.Word;

/// <summary>Writes the text read from a Word document into the document's source text (a paragraph a line, a table
/// row a line with its cells separated by tabs), keeping where each run starts so that any offset of the source
/// maps back to its <see cref="WordLocation"/>.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _source = new();
    private readonly List<int> _runOffsets = [];
    private readonly List<WordLocation> _runLocations = [];

    public int Length => _source.Length;

    /// <summary>Writes a paragraph; returns its lines.</summary>
    public ImmutableArray<SourceLine> WriteParagraph(ParagraphText text, Func<RunStart, WordLocation> locate)
    {
        var start = Write(text, locate, cell: false);
        var content = text.Text;
        _source.Append('\n');
        var lines = ImmutableArray.CreateBuilder<SourceLine>();
        var lineStart = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i == content.Length || content[i] == '\n')
            {
                lines.Add(new SourceLine(content[lineStart..i], start + lineStart));
                lineStart = i + 1;
            }
        }

        return lines.ToImmutable();
    }

    /// <summary>Writes a table cell, followed by a tab or, for the last of its row, a line break; returns it as one
    /// line.</summary>
    public SourceLine WriteCell(ParagraphText text, Func<RunStart, WordLocation> locate, bool lastInRow)
    {
        var start = Write(text, locate, cell: true);
        var content = text.Text.Replace('\n', ' ').Replace('\t', ' ');
        _source.Append(lastInRow ? '\n' : '\t');
        return new SourceLine(content, start);
    }

    public string Source => _source.ToString();

    /// <summary>Where the character at <paramref name="sourceOffset"/> of the source came from, or
    /// <see langword="null"/> for the line breaks and tabs between paragraphs and cells.</summary>
    public static WordLocation? Locate(IReadOnlyList<int> offsets, IReadOnlyList<WordLocation> locations, string source, int sourceOffset)
    {
        if (sourceOffset < 0 || sourceOffset >= source.Length || source[sourceOffset] is '\n' or '\t')
        {
            return null;
        }

        var lo = 0;
        var hi = offsets.Count - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offsets[mid] <= sourceOffset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : locations[found] with { OffsetInRun = sourceOffset - offsets[found] };
    }

    public ImmutableArray<int> RunOffsets => [.. _runOffsets];

    public ImmutableArray<WordLocation> RunLocations => [.. _runLocations];

    private int Write(ParagraphText text, Func<RunStart, WordLocation> locate, bool cell)
    {
        var start = _source.Length;
        foreach (var run in text.Runs)
        {
            _runOffsets.Add(start + run.Offset);
            _runLocations.Add(locate(run));
        }

        var content = text.Text;
        _source.Append(cell ? content.Replace('\n', ' ').Replace('\t', ' ') : content);
        return start;
    }
}
