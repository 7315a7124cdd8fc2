extern alias OpenXml;

using System.Text;
using OpenXml::DocumentFormat.OpenXml;

namespace Extract.Reading.Word;

/// <summary>The text read from one paragraph (or table cell): the runs' text joined, line breaks as <c>\n</c>, where
/// each run starts, and what the paragraph anchors (notes, text boxes) to read after it.</summary>
internal sealed class ParagraphText
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts the text of a paragraph, or of a cell or note whose first paragraph is
    /// <paramref name="paragraph"/>.</summary>
    public ParagraphText(int paragraph = 1)
    {
        Paragraph = paragraph;
    }

    /// <summary>Where each run's text starts in <see cref="Text"/>, with its one-based run and paragraph (run 0 is
    /// the numbering label).</summary>
    public List<RunStart> Runs { get; } = [];

    /// <summary>The ids of the footnotes referenced, in order.</summary>
    public List<long> Footnotes { get; } = [];

    /// <summary>The ids of the endnotes referenced, in order.</summary>
    public List<long> Endnotes { get; } = [];

    /// <summary>The text boxes and shapes anchored in the paragraph (<c>w:txbxContent</c>), in order.</summary>
    public List<OpenXmlElement> TextBoxes { get; } = [];

    /// <summary>Runs counted in the current paragraph.</summary>
    public int RunCount { get; private set; }

    /// <summary>The one-based paragraph runs are counted in: in the body, or inside a cell, note or text box.</summary>
    public int Paragraph { get; private set; }

    public int Length => _text.Length;

    public string Text => _text.ToString();

    public void StartRun()
    {
        RunCount++;
        Runs.Add(new RunStart(_text.Length, Paragraph, RunCount));
    }

    /// <summary>Counts <paramref name="count"/> runs whose text is not read (a deletion, hidden text), so that the
    /// runs after them keep their index in the file.</summary>
    public void SkipRuns(int count) => RunCount += count;

    /// <summary>Marks the numbering label Word prints for the paragraph, which no run holds.</summary>
    public void StartLabel() => Runs.Add(new RunStart(_text.Length, Paragraph, 0));

    /// <summary>Goes on with the next paragraph of the same cell or note, after <paramref name="separator"/>.</summary>
    public void NextParagraph(string separator)
    {
        if (_text.Length > 0 && _text[^1] is not (' ' or '\n'))
        {
            _text.Append(separator);
        }

        Paragraph++;
        RunCount = 0;
    }

    public void Append(string? text) => _text.Append(text);

    public void Append(char c) => _text.Append(c);

    /// <summary>Takes over <paramref name="earlier"/>'s text and anchors ahead of this paragraph's (a paragraph whose
    /// mark was deleted runs on into the next).</summary>
    public void Prepend(ParagraphText earlier)
    {
        var shift = earlier.Length;
        _text.Insert(0, earlier._text);
        for (var i = 0; i < Runs.Count; i++)
        {
            Runs[i] = Runs[i] with { Offset = Runs[i].Offset + shift };
        }

        Runs.InsertRange(0, earlier.Runs);
        Footnotes.InsertRange(0, earlier.Footnotes);
        Endnotes.InsertRange(0, earlier.Endnotes);
        TextBoxes.InsertRange(0, earlier.TextBoxes);
    }
}
