extern alias OpenXml;

using System.Collections.Immutable;
using System.Globalization;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Extract.Reading.Word;

/// <summary>Walks the body of a Word document in reading order and turns it into <see cref="WordUnit"/>s: each
/// paragraph with its generated numbering and what its style makes of it, each table with its rows and cells; the
/// footnotes and text boxes a paragraph anchors right after it, the endnotes at the end. Tables of contents are
/// left out (they repeat the headings with page numbers).</summary>
internal sealed class BodyWalker
{
    private readonly StyleCatalog _styles;
    private readonly ListNumbering _numbering;
    private readonly NoteCatalog _notes;
    private readonly RevisionView _view;
    private readonly RunWalker _body;
    private readonly SourceWriter _writer;
    private readonly CancellationToken _cancellationToken;
    private readonly List<WordUnit> _units = [];
    private readonly List<(long Id, int Anchor)> _endnotes = [];
    private readonly Story _bodyStory = Story.Body();
    private ParagraphText? _bodyCarried;
    private int _paragraphs;
    private int _tables;
    private int _footnoteNumber;
    private int _endnoteNumber;

    public BodyWalker(StyleCatalog styles, ListNumbering numbering, NoteCatalog notes, RevisionView view, SourceWriter writer, CancellationToken cancellationToken)
    {
        _styles = styles;
        _numbering = numbering;
        _notes = notes;
        _view = view;
        _body = new RunWalker(view);
        _writer = writer;
        _cancellationToken = cancellationToken;
    }

    public IReadOnlyList<WordUnit> Units => _units;

    /// <summary>Reads one top-level element of the body.</summary>
    public void Add(OpenXmlElement element) => WalkBlocks([element], _bodyStory, _body, ref _bodyCarried);

    /// <summary>Reads the endnotes, which print after the text.</summary>
    public void Finish()
    {
        FlushCarried(ref _bodyCarried, _bodyStory);
        foreach (var (id, anchor) in _endnotes)
        {
            if (_notes.Endnote(id) is { } note)
            {
                _endnoteNumber++;
                WalkNote(note, WordStory.Endnote, _endnoteNumber, anchor);
            }
        }
    }

    private void WalkBlocks(IEnumerable<OpenXmlElement> elements, Story story, RunWalker walker)
    {
        ParagraphText? carried = null;
        WalkBlocks(elements, story, walker, ref carried);
        FlushCarried(ref carried, story);
    }

    private void WalkBlocks(IEnumerable<OpenXmlElement> elements, Story story, RunWalker walker, ref ParagraphText? carried)
    {
        foreach (var element in elements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Paragraph paragraph:
                    carried = AddParagraph(paragraph, story, walker, carried);
                    break;
                case Table table:
                    FlushCarried(ref carried, story);
                    AddTable(table, story, walker);
                    break;
                case SdtBlock sdt:
                    if (sdt.SdtContentBlock is { } content)
                    {
                        WalkBlocks(content.ChildElements, story, walker, ref carried);
                    }

                    break;
                case CustomXmlBlock custom:
                    WalkBlocks(custom.ChildElements, story, walker, ref carried);
                    break;
                case AlternateContent alternate:
                    if (RunWalker.ChoiceOf(alternate) is { } chosen)
                    {
                        WalkBlocks(chosen.ChildElements, story, walker, ref carried);
                    }

                    break;
            }
        }
    }

    // A paragraph whose mark is deleted (or, read as the original, inserted) runs on into the next one.
    private ParagraphText? AddParagraph(Paragraph paragraph, Story story, RunWalker walker, ParagraphText? carried)
    {
        var properties = paragraph.ParagraphProperties;
        var index = story.Kind == WordStory.Body ? ++_paragraphs : story.NextParagraph();
        var styleId = _styles.StyleOf(properties);
        var role = _styles.RoleOf(styleId);
        if (properties?.OutlineLevel?.Val?.Value is { } outline)
        {
            role = outline < 9 ? new StyleRole(StyleKind.Heading, outline + 1) : role with { Kind = role.Kind == StyleKind.Heading ? StyleKind.Body : role.Kind };
        }

        var text = new ParagraphText(index);
        var label = _numbering.Next(properties, styleId, out var separator);
        if (label is not null)
        {
            text.StartLabel();
            text.Append(label);
            // "一、" is followed by the text at once; "I." by a space.
            text.Append(EndsInFullWidth(label) ? string.Empty : separator);
        }

        walker.Walk(paragraph, text);
        if (role.Kind == StyleKind.Contents)
        {
            return carried;
        }

        if (carried is not null)
        {
            text.Prepend(carried);
        }

        var mark = properties?.ParagraphMarkRunProperties;
        var markRemoved = _view == RevisionView.Final ? mark?.GetFirstChild<Deleted>() is not null : mark?.GetFirstChild<Inserted>() is not null;
        if (markRemoved)
        {
            return text;
        }

        Emit(text, role, story);
        return null;
    }

    private void FlushCarried(ref ParagraphText? carried, Story story)
    {
        if (carried is not null)
        {
            Emit(carried, new StyleRole(StyleKind.Body, 0), story);
            carried = null;
        }
    }

    private void Emit(ParagraphText text, StyleRole role, Story story)
    {
        var first = text.Runs.Count > 0 ? text.Runs[0].Paragraph : text.Paragraph;
        var lines = _writer.WriteParagraph(text, run => story.Locate(run));
        var hint = role.Kind switch
        {
            StyleKind.Title => BlockHint.Title,
            StyleKind.Heading => BlockHint.Heading,
            _ => BlockHint.Auto,
        };
        _units.Add(new WordUnit(lines, [], 0, hint, role.Kind == StyleKind.Heading ? role.Level : null, story.PathOf(first)));
        AddAnchored(text, story.Kind == WordStory.Body ? first : story.Anchor);
    }

    private void AddAnchored(ParagraphText text, int anchor)
    {
        foreach (var id in text.Footnotes)
        {
            if (_notes.Footnote(id) is { } note)
            {
                _footnoteNumber++;
                WalkNote(note, WordStory.Footnote, _footnoteNumber, anchor);
            }
        }

        foreach (var id in text.Endnotes)
        {
            _endnotes.Add((id, anchor));
        }

        foreach (var box in text.TextBoxes)
        {
            WalkBlocks(box.ChildElements, Story.TextBox(anchor), new RunWalker(_view));
        }
    }

    private void WalkNote(OpenXmlElement note, WordStory kind, int number, int anchor) =>
        WalkBlocks(note.ChildElements, Story.Note(kind, number, anchor), new RunWalker(_view));

    private void AddTable(Table table, Story story, RunWalker walker)
    {
        var number = ++_tables;
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<SourceLine>>();
        var anchored = new ParagraphText();
        var headerRows = 0;
        var counting = true;
        foreach (var row in Rows(table))
        {
            var rowProperties = row.TableRowProperties;
            if ((_view == RevisionView.Final && rowProperties?.GetFirstChild<Deleted>() is not null)
                || (_view == RevisionView.Original && rowProperties?.GetFirstChild<Inserted>() is not null))
            {
                continue;
            }

            var rowNumber = rows.Count + 1;
            var cells = Cells(row).ToList();
            var line = ImmutableArray.CreateBuilder<SourceLine>(cells.Count);
            for (var c = 0; c < cells.Count; c++)
            {
                var text = new ParagraphText();
                ReadCell(cells[c], text, walker);
                var cellNumber = c + 1;
                line.Add(_writer.WriteCell(text, run => new WordLocation(WordStory.Table, run.Paragraph, run.Run, 0)
                {
                    Table = number,
                    Row = rowNumber,
                    Cell = cellNumber,
                    AnchorParagraph = story.Kind == WordStory.Body ? null : story.Anchor,
                }, lastInRow: c == cells.Count - 1));
                anchored.Footnotes.AddRange(text.Footnotes);
                anchored.Endnotes.AddRange(text.Endnotes);
                anchored.TextBoxes.AddRange(text.TextBoxes);
            }

            if (cells.Count == 0)
            {
                continue;
            }

            counting &= rowProperties?.GetFirstChild<TableHeader>() is { } header && (header.Val?.InnerText ?? "true") is not ("false" or "0" or "off");
            headerRows += counting ? 1 : 0;
            rows.Add(line.MoveToImmutable());
        }

        if (rows.Count > 0)
        {
            var path = story.Kind == WordStory.Body ? $"table {number}" : $"table {number} ({story.PathOf(story.Anchor)})";
            _units.Add(new WordUnit([], rows.ToImmutable(), headerRows, BlockHint.Auto, null, string.Create(CultureInfo.InvariantCulture, $"{path}")));
        }

        AddAnchored(anchored, story.Kind == WordStory.Body ? _paragraphs : story.Anchor);
    }

    // A cell's paragraphs, and the cells of tables nested in it, read as one line.
    private void ReadCell(OpenXmlElement container, ParagraphText text, RunWalker walker)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    if (text.Length > 0 || text.Runs.Count > 0)
                    {
                        text.NextParagraph(" ");
                    }

                    var properties = paragraph.ParagraphProperties;
                    var label = _numbering.Next(properties, _styles.StyleOf(properties), out var separator);
                    if (label is not null)
                    {
                        text.StartLabel();
                        text.Append(label);
                        text.Append(EndsInFullWidth(label) ? string.Empty : separator);
                    }

                    walker.Walk(paragraph, text);
                    break;
                case Table nested:
                    foreach (var row in Rows(nested))
                    {
                        foreach (var cell in Cells(row))
                        {
                            ReadCell(cell, text, walker);
                        }
                    }

                    break;
                case SdtBlock or SdtCell or CustomXmlBlock or CustomXmlCell or SdtContentBlock or SdtContentCell:
                    ReadCell(child, text, walker);
                    break;
            }
        }
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case TableRow row:
                    yield return row;
                    break;
                case SdtRow or CustomXmlRow or SdtContentRow:
                    foreach (var row in Rows(child))
                    {
                        yield return row;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell or CustomXmlCell or SdtContentCell:
                    foreach (var cell in Cells(child))
                    {
                        yield return cell;
                    }

                    break;
            }
        }
    }

    private static bool EndsInFullWidth(string label) => label[^1] is '、' or '．' or '）' or '：' or '】' or '〕' || label[^1] >= '\u2460' && label[^1] <= '\u24FF';

    /// <summary>The story being walked and how its paragraphs are numbered and named.</summary>
    private sealed class Story
    {
        private int _paragraphs;

        private Story(WordStory kind, int number, int anchor)
        {
            Kind = kind;
            Number = number;
            Anchor = anchor;
        }

        public WordStory Kind { get; }

        public int Number { get; }

        public int Anchor { get; }

        public static Story Body() => new(WordStory.Body, 0, 0);

        public static Story Note(WordStory kind, int number, int anchor) => new(kind, number, anchor);

        public static Story TextBox(int anchor) => new(WordStory.TextBox, 0, anchor);

        public int NextParagraph() => ++_paragraphs;

        public WordLocation Locate(RunStart run) => new(Kind, run.Paragraph, run.Run, 0)
        {
            AnchorParagraph = Kind == WordStory.Body ? null : Anchor,
            Note = Kind is WordStory.Footnote or WordStory.Endnote ? Number : null,
        };

        public string PathOf(int paragraph) => Kind switch
        {
            WordStory.Body => string.Create(CultureInfo.InvariantCulture, $"paragraph {paragraph}"),
            WordStory.Footnote => string.Create(CultureInfo.InvariantCulture, $"footnote {Number} (paragraph {Anchor})"),
            WordStory.Endnote => string.Create(CultureInfo.InvariantCulture, $"endnote {Number} (paragraph {Anchor})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"text box (paragraph {Anchor})"),
        };
    }
}
