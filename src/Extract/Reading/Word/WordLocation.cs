using System.Globalization;
using System.Text;

namespace Extract.Reading.Word;

/// <summary>Where a character of a Word document stands: its story, the paragraph, table cell or note, the run and
/// the offset in the run, so that a report can say "paragraph 12, run 3" or "table 2 row 3 cell 1".</summary>
/// <param name="Story">The part of the document.</param>
/// <param name="Paragraph">The one-based paragraph: in the body for <see cref="WordStory.Body"/>; inside the cell,
/// note or text box otherwise.</param>
/// <param name="Run">The one-based run (<c>w:r</c>) of the paragraph; 0 for the numbering Word generates for a list
/// paragraph, which no run holds.</param>
/// <param name="OffsetInRun">The character's offset in the text read from the run (or the numbering).</param>
public sealed record WordLocation(WordStory Story, int Paragraph, int Run, int OffsetInRun)
{
    /// <summary>The one-based body paragraph that anchors a note or text box, or that holds the text.</summary>
    public int? AnchorParagraph { get; init; }

    /// <summary>The one-based table, counted in the order tables appear, for <see cref="WordStory.Table"/>.</summary>
    public int? Table { get; init; }

    /// <summary>The one-based row of <see cref="Table"/>.</summary>
    public int? Row { get; init; }

    /// <summary>The one-based cell of <see cref="Row"/>.</summary>
    public int? Cell { get; init; }

    /// <summary>The one-based number of the footnote or endnote, in the order of their references.</summary>
    public int? Note { get; init; }

    /// <summary>The location as a reader would say it: "paragraph 12, run 3", "table 2 row 3 cell 1, run 1",
    /// "footnote 1 (paragraph 12), run 1".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        switch (Story)
        {
            case WordStory.Body:
                text.Append(inv, $"paragraph {Paragraph}");
                break;
            case WordStory.Table:
                text.Append(inv, $"table {Table} row {Row} cell {Cell}");
                if (Paragraph > 1)
                {
                    text.Append(inv, $" paragraph {Paragraph}");
                }

                break;
            case WordStory.Footnote or WordStory.Endnote:
                text.Append(inv, $"{(Story == WordStory.Footnote ? "footnote" : "endnote")} {Note} (paragraph {AnchorParagraph})");
                if (Paragraph > 1)
                {
                    text.Append(inv, $" paragraph {Paragraph}");
                }

                break;
            default:
                text.Append(inv, $"text box in paragraph {AnchorParagraph}, paragraph {Paragraph}");
                break;
        }

        text.Append(Run == 0 ? ", numbering" : string.Create(inv, $", run {Run}"));
        return text.ToString();
    }
}
