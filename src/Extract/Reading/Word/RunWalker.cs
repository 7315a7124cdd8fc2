extern alias OpenXml;

using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Extract.Reading.Word;

/// <summary>Reads the inline content of paragraphs: the text of runs, hyperlinks, content controls and smart tags;
/// tracked insertions and deletions as <see cref="RevisionView"/> says; the visible result of fields, not their
/// code, nor page numbers and dates; notes and text boxes set aside to be read after the paragraph; comments,
/// hidden text and drawing markup left out.</summary>
internal sealed class RunWalker
{
    private readonly RevisionView _view;
    private readonly FieldStack _fields = new();

    public RunWalker(RevisionView view)
    {
        _view = view;
    }

    /// <summary>Reads the children of <paramref name="container"/> (a paragraph) into <paramref name="text"/>.</summary>
    public void Walk(OpenXmlElement container, ParagraphText text)
    {
        foreach (var child in container.ChildElements)
        {
            Visit(child, text);
        }
    }

    private void Visit(OpenXmlElement element, ParagraphText text)
    {
        switch (element)
        {
            case ParagraphProperties or RunProperties or SdtProperties or SdtEndCharProperties or RubyContent:
            case CommentReference or CommentRangeStart or CommentRangeEnd or FootnoteReferenceMark or EndnoteReferenceMark:
            case BookmarkStart or BookmarkEnd or ProofError or LastRenderedPageBreak or SymbolChar:
                return;
            case Run run:
                if (IsHidden(run))
                {
                    text.SkipRuns(1);
                }
                else
                {
                    text.StartRun();
                    Walk(run, text);
                }

                return;
            case OpenXml::DocumentFormat.OpenXml.Wordprocessing.Text t:
                AppendVisible(text, t.Text);
                return;
            case DeletedText deleted:
                if (_view == RevisionView.Original)
                {
                    AppendVisible(text, deleted.Text);
                }

                return;
            case TabChar or PositionalTab:
                AppendVisible(text, " ");
                return;
            case Break or CarriageReturn:
                AppendVisible(text, "\n");
                return;
            case NoBreakHyphen:
                AppendVisible(text, "-");
                return;
            case SoftHyphen:
                return;
            case FieldChar fieldChar:
                VisitFieldChar(fieldChar);
                return;
            case FieldCode code:
                _fields.Instruction(code.Text);
                return;
            case DeletedFieldCode deletedCode:
                if (_view == RevisionView.Original)
                {
                    _fields.Instruction(deletedCode.Text);
                }

                return;
            case SimpleField simple:
                _fields.BeginResult(simple.Instruction?.Value);
                Walk(simple, text);
                _fields.End();
                return;
            case InsertedRun or MoveToRun:
                WalkRevision(element, text, _view == RevisionView.Final);
                return;
            case DeletedRun or MoveFromRun:
                WalkRevision(element, text, _view == RevisionView.Original);
                return;
            case FootnoteReference footnote:
                if (footnote.Id?.Value is { } footnoteId && !_fields.Hidden)
                {
                    text.Footnotes.Add(footnoteId);
                }

                return;
            case EndnoteReference endnote:
                if (endnote.Id?.Value is { } endnoteId && !_fields.Hidden)
                {
                    text.Endnotes.Add(endnoteId);
                }

                return;
            case TextBoxContent textBox:
                text.TextBoxes.Add(textBox);
                return;
            case AlternateContent alternate:
                // The choice and its fallback hold the same content twice (a DrawingML shape and its VML copy).
                if (ChoiceOf(alternate) is { } chosen)
                {
                    Walk(chosen, text);
                }

                return;
            default:
                // Hyperlinks, content controls, smart tags, custom XML, drawings and shapes: their text is inside.
                Walk(element, text);
                return;
        }
    }

    /// <summary>The branch of an <c>mc:AlternateContent</c> to read: its first choice, or its fallback.</summary>
    public static OpenXmlElement? ChoiceOf(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    private void WalkRevision(OpenXmlElement revision, ParagraphText text, bool read)
    {
        if (read)
        {
            Walk(revision, text);
        }
        else
        {
            text.SkipRuns(revision.Descendants<Run>().Count());
        }
    }

    private void AppendVisible(ParagraphText text, string? value)
    {
        if (!_fields.Hidden)
        {
            text.Append(value);
        }
    }

    private void VisitFieldChar(FieldChar fieldChar)
    {
        switch (fieldChar.FieldCharType?.InnerText)
        {
            case "begin":
                _fields.Begin();
                break;
            case "separate":
                _fields.Separate();
                break;
            case "end":
                _fields.End();
                break;
        }
    }

    // Hidden text (w:vanish) does not print.
    private static bool IsHidden(Run run) =>
        run.RunProperties?.Vanish is { } vanish && (vanish.Val?.Value ?? true);
}
