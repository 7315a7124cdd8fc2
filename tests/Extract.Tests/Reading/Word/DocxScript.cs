extern alias OpenXml;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;
using WText = OpenXml::DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Extract.Tests.Reading.Word;

/// <summary>Writes a Word document with the Open XML SDK from a readable script (see <c>Data/word/README.md</c>):
/// one line a paragraph, heading, table row, header or footer, with inline marks for bold runs, tracked insertions
/// and deletions, footnotes, endnotes, hyperlinks, comments, fields and text boxes. Plain text is cut into runs of a
/// few words, as Word's editing history cuts it.</summary>
internal static partial class DocxScript
{
    private const string Author = "Reviewer";
    private static readonly DateTime RevisionDate = new(2020, 4, 20, 9, 0, 0, DateTimeKind.Utc);

    public static byte[] Build(string scriptPath) => BuildText(File.ReadAllText(scriptPath, Encoding.UTF8));

    public static byte[] BuildText(string script)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            new Writer(document).Write(script);
        }

        return stream.ToArray();
    }

    [GeneratedRegex(@"\*\*(?<bold>.+?)\*\*|\{\+(?<ins>.+?)\+\}|\{-(?<del>.+?)-\}|\[\^\^(?<endnote>.+?)\]|\[\^(?<note>.+?)\]|\[(?<link>[^\]]+)\]\((?<url>[^)]+)\)|\{#(?<comment>.+?)#\}|\{box:(?<box>.+?)\}|\{hidden:(?<hidden>.+?)\}|\{(?<field>[A-Z]+)\}")]
    private static partial Regex InlineMark();

    private sealed class Writer
    {
        private readonly WordprocessingDocument _document;
        private readonly MainDocumentPart _main;
        private readonly Body _body = new();
        private readonly List<(string Kind, string Text)> _headerFooter = [];
        private string[] _styleNames = ["Title", "heading 1", "heading 2"];
        private string[] _styleIds = ["Title", "Heading1", "Heading2"];
        private string[] _numbering = ["decimal", "%1.", "decimal", "%1.%2."];
        private bool _outlineLevels = true;
        private Footnotes? _footnotes;
        private Endnotes? _endnotes;
        private Comments? _comments;
        private int _revision;
        private int _noteId;
        private int _shapeId;
        private OpenXmlElement? _table;

        public Writer(WordprocessingDocument document)
        {
            _document = document;
            _main = document.AddMainDocumentPart();
        }

        public void Write(string script)
        {
            foreach (var raw in script.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var kind = tab < 0 ? line : line[..tab];
                var text = tab < 0 ? string.Empty : line[(tab + 1)..];
                if (kind is not ("table" or "row"))
                {
                    _table = null;
                }

                Add(kind, text);
            }

            WriteStyles();
            WriteNumbering();
            var section = new SectionProperties();
            foreach (var (kind, text) in _headerFooter)
            {
                section.Append(kind == "header" ? WriteHeader(text) : WriteFooter(text));
            }

            _body.Append(section);
            _main.Document = new Document(_body);
            _main.Document.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
            _main.Document.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
            _main.Document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            _main.Document.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
        }

        private void Add(string kind, string text)
        {
            switch (kind)
            {
                case "styles":
                    _styleNames = text.Split('\t');
                    // "styles NAME NAME NAME no-outline": the heading styles are known by their names alone.
                    _outlineLevels = !_styleNames.Contains("no-outline");
                    _styleIds = _styleNames.Any(n => n.Any(c => c > 0x2E80)) ? ["a3", "1", "2"] : ["Title", "Heading1", "Heading2"];
                    break;
                case "numbering":
                    _numbering = text.Split('\t');
                    break;
                case "header" or "footer":
                    _headerFooter.Add((kind, text));
                    break;
                case "title":
                    _body.Append(Paragraph(text, _styleIds[0]));
                    break;
                case "h1":
                    // The heading style carries the list numbering, as when Word's multilevel list is linked to it.
                    _body.Append(Paragraph(text, _styleIds[1]));
                    break;
                case "h2":
                    var h2 = Paragraph(text, _styleIds[2]);
                    h2.ParagraphProperties!.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = 1 });
                    _body.Append(h2);
                    break;
                case "h3":
                    // A heading by outline level alone, in a style of no heading name.
                    var h3 = Paragraph(text, null);
                    h3.ParagraphProperties!.OutlineLevel = new OutlineLevel { Val = 2 };
                    _body.Append(h3);
                    break;
                case "li":
                    var item = Paragraph(text, null);
                    item.ParagraphProperties!.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 2 });
                    _body.Append(item);
                    break;
                case "toc":
                    _body.Append(ContentsParagraph(text));
                    break;
                case "p":
                    _body.Append(Paragraph(text, null));
                    break;
                case "p-joined":
                    // A paragraph whose mark was deleted with changes tracked: it runs on into the next one.
                    var joined = Paragraph(text, null);
                    joined.ParagraphProperties!.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new Deleted { Author = Author, Date = RevisionDate, Id = (++_revision).ToString(CultureInfo.InvariantCulture) });
                    _body.Append(joined);
                    break;
                case "table":
                    _table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
                    _body.Append(_table);
                    _table.Append(Row(text, header: true));
                    break;
                case "row":
                    _table!.Append(Row(text, header: false));
                    break;
                default:
                    throw new InvalidDataException($"unknown script line kind '{kind}'");
            }
        }

        private TableRow Row(string text, bool header)
        {
            var row = new TableRow();
            if (header)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var cell in text.Split('|'))
            {
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }), Paragraph(cell, null)));
            }

            return row;
        }

        private Paragraph Paragraph(string text, string? styleId)
        {
            var properties = new ParagraphProperties();
            if (styleId is not null)
            {
                properties.ParagraphStyleId = new ParagraphStyleId { Val = styleId };
            }

            var paragraph = new Paragraph(properties);
            AppendInline(paragraph, text);
            return paragraph;
        }

        // A table of contents: a TOC field whose result lists the headings with their page numbers.
        private static Paragraph ContentsParagraph(string text)
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" });
            var paragraph = new Paragraph(properties);
            paragraph.Append(new Run(new WText(text)), new Run(new TabChar()), new Run(new WText("3")));
            return paragraph;
        }

        private void AppendInline(OpenXmlElement paragraph, string text)
        {
            var at = 0;
            foreach (Match mark in InlineMark().Matches(text))
            {
                AppendPlain(paragraph, text[at..mark.Index], null);
                at = mark.Index + mark.Length;
                var g = mark.Groups;
                if (g["bold"].Success)
                {
                    AppendPlain(paragraph, g["bold"].Value, () => new RunProperties(new Bold()));
                }
                else if (g["ins"].Success)
                {
                    var insertion = new InsertedRun { Author = Author, Date = RevisionDate, Id = (++_revision).ToString(CultureInfo.InvariantCulture) };
                    AppendPlain(insertion, g["ins"].Value, null);
                    paragraph.Append(insertion);
                }
                else if (g["del"].Success)
                {
                    var deletion = new DeletedRun { Author = Author, Date = RevisionDate, Id = (++_revision).ToString(CultureInfo.InvariantCulture) };
                    deletion.Append(new Run(new DeletedText(g["del"].Value) { Space = SpaceProcessingModeValues.Preserve }));
                    paragraph.Append(deletion);
                }
                else if (g["endnote"].Success)
                {
                    paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new EndnoteReference { Id = AddEndnote(g["endnote"].Value) }));
                }
                else if (g["note"].Success)
                {
                    paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = AddFootnote(g["note"].Value) }));
                }
                else if (g["link"].Success)
                {
                    var relationship = _main.AddHyperlinkRelationship(new Uri(g["url"].Value), true);
                    var link = new Hyperlink { Id = relationship.Id };
                    AppendPlain(link, g["link"].Value, () => new RunProperties(new RunStyle { Val = "Hyperlink" }));
                    paragraph.Append(link);
                }
                else if (g["comment"].Success)
                {
                    var id = AddComment(g["comment"].Value);
                    paragraph.Append(new CommentRangeStart { Id = id }, new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id }));
                }
                else if (g["box"].Success)
                {
                    paragraph.Append(TextBoxRun(g["box"].Value));
                }
                else if (g["hidden"].Success)
                {
                    paragraph.Append(new Run(new RunProperties(new Vanish()), new WText(g["hidden"].Value) { Space = SpaceProcessingModeValues.Preserve }));
                }
                else
                {
                    AppendField(paragraph, g["field"].Value);
                }
            }

            AppendPlain(paragraph, text[at..], null);
        }

        // Word's editing history cuts text into runs of a few words; the reader must join them exactly.
        private static void AppendPlain(OpenXmlElement parent, string text, Func<RunProperties>? properties)
        {
            const int RunLength = 23;
            for (var start = 0; start < text.Length; start += RunLength)
            {
                var piece = text.Substring(start, Math.Min(RunLength, text.Length - start));
                var run = new Run();
                if (properties is not null)
                {
                    run.Append(properties());
                }

                run.Append(new WText(piece) { Space = SpaceProcessingModeValues.Preserve });
                parent.Append(run);
            }
        }

        // A complex field with the result Word last computed: a page number, a page count or a date.
        private static void AppendField(OpenXmlElement parent, string code)
        {
            var (instruction, result) = code switch
            {
                "PAGE" => (" PAGE ", "3"),
                "NUMPAGES" => (" NUMPAGES ", "12"),
                "DATE" => (" DATE \\@ \"yyyy年M月d日\" ", "2020年4月20日"),
                _ => throw new InvalidDataException($"unknown field {code}"),
            };
            parent.Append(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new WText(result)),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        }

        // A floating text box as Word 2010 and later write it: a DrawingML shape, with a VML copy of the same text
        // for older readers.
        private Run TextBoxRun(string text)
        {
            var id = ++_shapeId;
            var content = new StringBuilder();
            foreach (var line in text.Split(" // "))
            {
                content.Append(CultureInfo.InvariantCulture, $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(line)}</w:t></w:r></w:p>");
            }

            var xml = $"""
                <w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">
                <mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2743200" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{id}" name="Text Box {id}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
                <mc:Fallback><w:pict><v:shape id="Text Box {id}" style="width:216pt;height:72pt"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>
                """;
            return new Run(xml.Replace("\n", string.Empty, StringComparison.Ordinal));
        }

        private int AddFootnote(string text)
        {
            if (_footnotes is null)
            {
                _footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                _main.AddNewPart<FootnotesPart>().Footnotes = _footnotes;
            }

            var id = ++_noteId;
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }), new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()));
            AppendPlain(paragraph, " " + text, null);
            _footnotes.Append(new Footnote(paragraph) { Id = id });
            return id;
        }

        private int AddEndnote(string text)
        {
            if (_endnotes is null)
            {
                _endnotes = new Endnotes(
                    new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                _main.AddNewPart<EndnotesPart>().Endnotes = _endnotes;
            }

            var id = ++_noteId;
            var paragraph = new Paragraph(new Run(new EndnoteReferenceMark()));
            AppendPlain(paragraph, " " + text, null);
            _endnotes.Append(new Endnote(paragraph) { Id = id });
            return id;
        }

        private string AddComment(string text)
        {
            if (_comments is null)
            {
                _comments = new Comments();
                _main.AddNewPart<WordprocessingCommentsPart>().Comments = _comments;
            }

            var id = (_comments.ChildElements.Count + 1).ToString(CultureInfo.InvariantCulture);
            _comments.Append(new Comment(new Paragraph(new Run(new WText(text)))) { Id = id, Author = Author, Date = RevisionDate });
            return id;
        }

        private HeaderReference WriteHeader(string text)
        {
            var part = _main.AddNewPart<HeaderPart>();
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }));
            AppendInline(paragraph, text);
            part.Header = new Header(paragraph);
            return new HeaderReference { Type = HeaderFooterValues.Default, Id = _main.GetIdOfPart(part) };
        }

        private FooterReference WriteFooter(string text)
        {
            var part = _main.AddNewPart<FooterPart>();
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }));
            AppendInline(paragraph, text);
            part.Footer = new Footer(paragraph);
            return new FooterReference { Type = HeaderFooterValues.Default, Id = _main.GetIdOfPart(part) };
        }

        private void WriteStyles()
        {
            var chinese = _styleIds[0] == "a3";
            var styles = new Styles(
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = chinese ? "a" : "Normal", Default = true },
                HeadingStyle(_styleIds[0], _styleNames[0], null, numbered: false),
                HeadingStyle(_styleIds[1], _styleNames[1], 0, numbered: true),
                HeadingStyle(_styleIds[2], _styleNames[2], 1, numbered: false),
                new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = chinese ? "a" : "Normal" }) { Type = StyleValues.Paragraph, StyleId = "TOC1" },
                new Style(new StyleName { Val = "header" }) { Type = StyleValues.Paragraph, StyleId = "Header" },
                new Style(new StyleName { Val = "footer" }) { Type = StyleValues.Paragraph, StyleId = "Footer" },
                new Style(new StyleName { Val = "footnote text" }) { Type = StyleValues.Paragraph, StyleId = "FootnoteText" },
                new Style(new StyleName { Val = "Hyperlink" }) { Type = StyleValues.Character, StyleId = "Hyperlink" });
            _main.AddNewPart<StyleDefinitionsPart>().Styles = styles;

            Style HeadingStyle(string id, string name, int? outline, bool numbered)
            {
                var properties = new StyleParagraphProperties(new KeepNext());
                if (numbered)
                {
                    properties.Append(new NumberingProperties(new NumberingId { Val = 1 }));
                }

                if (outline is { } level && _outlineLevels)
                {
                    properties.Append(new OutlineLevel { Val = level });
                }

                return new Style(new StyleName { Val = name }, new BasedOn { Val = chinese ? "a" : "Normal" }, new NextParagraphStyle { Val = chinese ? "a" : "Normal" }, new PrimaryStyle(), properties)
                {
                    Type = StyleValues.Paragraph,
                    StyleId = id,
                };
            }
        }

        // List 1 numbers the headings (level 1 in the heading style, level 2 on each paragraph); list 2 numbers
        // list paragraphs 1. 2. 3.
        private void WriteNumbering()
        {
            var headings = new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.Multilevel },
                Level(0, _numbering[0], _numbering[1], _styleIds[1]),
                Level(1, _numbering[2], _numbering[3], _styleIds[2]))
            { AbstractNumberId = 0 };
            var list = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, Level(0, "decimal", "%1.", null)) { AbstractNumberId = 1 };
            _main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                headings,
                list,
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });

            static Level Level(int index, string format, string text, string? style)
            {
                var level = new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) }) { LevelIndex = index };
                if (style is not null)
                {
                    level.Append(new ParagraphStyleIdInLevel { Val = style });
                }

                level.Append(new LevelText { Val = text }, new LevelJustification { Val = LevelJustificationValues.Left });
                return level;
            }
        }
    }
}
