using System.Collections.Immutable;
using Extract.Documents;

namespace Extract.Reading.Word;

/// <summary>A Word document as read: the <see cref="Document"/> every later stage sees, and the map from its text back
/// to paragraphs, table cells, notes and runs of the .docx.</summary>
public sealed class WordDocument
{
    private readonly ImmutableArray<int> _runOffsets;
    private readonly ImmutableArray<WordLocation> _runLocations;

    internal WordDocument(Document document, ImmutableArray<int> runOffsets, ImmutableArray<WordLocation> runLocations)
    {
        Document = document;
        _runOffsets = runOffsets;
        _runLocations = runLocations;
    }

    /// <summary>The document, normalized as every reader's documents are.</summary>
    public Document Document { get; }

    /// <summary>Where the character at <paramref name="textOffset"/> of <see cref="Document.Text"/> stands in the
    /// .docx, or <see langword="null"/> for the blank lines between blocks.</summary>
    public WordLocation? Locate(int textOffset)
    {
        if (textOffset < 0 || textOffset >= Document.Text.Length || Document.Text[textOffset] == '\n')
        {
            return null;
        }

        var source = Document.SourceMap.ToSource(textOffset);
        return SourceWriter.Locate(_runOffsets, _runLocations, Document.Source, source);
    }

    /// <summary>Where the text under <paramref name="span"/> of <see cref="Document.Text"/> starts in the .docx.</summary>
    public WordLocation? Locate(TextSpan span) => Locate(span.Start);
}
