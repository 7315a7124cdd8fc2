using System.Text;
using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>Walks the article's container in reading order and cuts it into blocks: block elements and
/// <c>&lt;br&gt;&lt;br&gt;</c> end a paragraph, inline runs are joined, a single <c>&lt;br&gt;</c> breaks a line
/// (or a paragraph, when the next line is indented with ideographic or non-breaking spaces, as Chinese editors
/// write), headings keep their tag level, lists give one block per item, data tables give rows of cells, and
/// <c>_ueditor_page_break_tag_</c> starts a new page. Chrome inside the container is left out.</summary>
/// <remarks>The walk is iterative: nesting depth cannot overflow the stack.</remarks>
internal sealed class ArticleWalker
{
    internal const string EditorPageBreak = "_ueditor_page_break_tag_";

    // A bold paragraph longer than this is emphasized running text, not a heading.
    private const int BoldHeadingMaxLength = 60;

    // A table whose cell holds more text than this is used for layout, not data.
    private const int LayoutCellLength = 300;

    private readonly PageAnalysis _analysis;
    private readonly SourceCursor _cursor;
    private readonly ElementPaths _paths;
    private readonly IElement? _skip;
    private readonly List<HtmlBlock> _blocks = [];
    private readonly List<IElement> _openBlocks = [];
    private readonly List<SourceLine> _lines = [];
    private readonly StringBuilder _line = new();
    private int _lineOffset;
    private IElement? _runBlock;
    private int _runChars;
    private int _runLinkChars;
    private int _runBoldChars;
    private int _linkDepth;
    private int _boldDepth;
    private int _superscriptDepth;
    private int _subscriptDepth;
    private int _listDepth;
    private int _headingTag;
    private int _pendingBreaks;
    private int? _page;

    private ArticleWalker(PageAnalysis analysis, SourceCursor cursor, ElementPaths paths, IElement? skip, bool paged)
    {
        _analysis = analysis;
        _cursor = cursor;
        _paths = paths;
        _skip = skip;
        _page = paged ? 1 : null;
    }

    /// <summary>The blocks of <paramref name="content"/>, leaving out <paramref name="skip"/> (the title, read
    /// separately).</summary>
    public static List<HtmlBlock> Walk(PageAnalysis analysis, IElement content, IElement? skip, SourceCursor cursor, ElementPaths paths, bool paged, CancellationToken cancellationToken)
    {
        var walker = new ArticleWalker(analysis, cursor, paths, skip, paged);
        walker.Run(content, cancellationToken);
        return walker._blocks;
    }

    /// <summary>The text of an element as one line: its text nodes joined, breaks and blocks as spaces.</summary>
    public static SourceLine TextOf(IElement element, SourceCursor cursor)
    {
        var text = new StringBuilder();
        var offset = -1;
        var walk = new TreeCursor(element);
        cursor.MoveTo(element);
        while (walk.Current is { } node)
        {
            var descend = false;
            if (node is IElement e)
            {
                if (!PageChrome.IsSkipped(e))
                {
                    descend = true;
                    if (e.LocalName == "br" || IsBlock(e.LocalName))
                    {
                        text.Append(' ');
                    }
                }
            }
            else if (node is IText t && t.Data.Length > 0)
            {
                if (offset < 0 && !string.IsNullOrWhiteSpace(t.Data))
                {
                    offset = Math.Max(0, cursor.Locate(t.Data) - text.Length);
                }

                foreach (var c in t.Data)
                {
                    text.Append(c is '\n' or '\r' ? ' ' : c);
                }
            }

            walk.Advance(descend);
        }

        return new SourceLine(text.ToString(), offset >= 0 ? offset : Math.Max(0, cursor.StartOf(element)));
    }

    private void Run(IElement content, CancellationToken cancellationToken)
    {
        _openBlocks.Add(content);
        _cursor.MoveTo(content);
        var walk = new TreeCursor(content);
        var steps = 0;
        while (walk.Current is { } node)
        {
            if (++steps % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var descend = node switch
            {
                IElement element => Enter(element),
                IText text => AppendText(text.Data),
                _ => false,
            };

            walk.Advance(descend);
            foreach (var closed in walk.Closed)
            {
                Leave((IElement)closed);
            }
        }

        Flush();
    }

    private bool Enter(IElement element)
    {
        // The analysis already judged every element of the body: skipped and chrome subtrees are left out.
        if (element == _skip || _analysis.IsExcluded(element))
        {
            return false;
        }

        _cursor.MoveTo(element);
        var name = element.LocalName;
        switch (name)
        {
            case "br":
                if (_line.Length > 0 || _lines.Count > 0)
                {
                    _pendingBreaks++;
                    EndLine();
                }

                return false;
            case "hr":
                Flush();
                return false;
            case "a":
                _linkDepth++;
                return true;
            case "b" or "strong":
                _boldDepth++;
                return true;
            case "sup":
                _superscriptDepth++;
                return true;
            case "sub":
                _subscriptDepth++;
                return true;
            case "table" when IsDataTable(element):
                Flush();
                ReadTable(element);
                return false;
        }

        if (IsBlock(name))
        {
            Flush();
            _openBlocks.Add(element);
            if (name is "li" or "dd" or "dt")
            {
                _listDepth++;
            }
            else if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                _headingTag = name[1] - '0';
            }
        }

        return true;
    }

    private void Leave(IElement element)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "a":
                _linkDepth--;
                return;
            case "b" or "strong":
                _boldDepth--;
                return;
            case "sup":
                _superscriptDepth--;
                return;
            case "sub":
                _subscriptDepth--;
                return;
        }

        if (IsBlock(name))
        {
            Flush();
            if (_openBlocks.Count > 1 && _openBlocks[^1] == element)
            {
                _openBlocks.RemoveAt(_openBlocks.Count - 1);
            }

            if (name is "li" or "dd" or "dt")
            {
                _listDepth--;
            }
            else if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                _headingTag = 0;
            }
        }
    }

    // Returns false: text nodes have no children.
    private bool AppendText(string data)
    {
        var start = 0;
        while (true)
        {
            var pageBreak = data.IndexOf(EditorPageBreak, start, StringComparison.Ordinal);
            var end = pageBreak < 0 ? data.Length : pageBreak;
            AppendTextPart(data.AsSpan(start, end - start));
            if (pageBreak < 0)
            {
                return false;
            }

            Flush();
            _page = (_page ?? 1) + 1;
            start = pageBreak + EditorPageBreak.Length;
        }
    }

    private void AppendTextPart(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var visible = text.IndexOfAnyExcept(" \t\r\n\f") >= 0;
        if (!visible)
        {
            // White space between inline elements separates words; a line break in the markup breaks the line.
            if (_line.Length > 0)
            {
                if (text.ContainsAny('\n', '\r'))
                {
                    EndLine();
                }
                else if (_line[^1] != ' ')
                {
                    _line.Append(' ');
                }
            }

            return;
        }

        if (_pendingBreaks > 0)
        {
            var indented = StartsWithIndentation(text);
            if (_pendingBreaks >= 2 || indented)
            {
                Flush();
            }

            _pendingBreaks = 0;
        }

        var offset = _cursor.Locate(text);
        if (_runBlock is null)
        {
            _runBlock = _openBlocks[^1];
        }

        var lineStart = 0;
        while (true)
        {
            var newline = text[lineStart..].IndexOfAny('\n', '\r');
            var lineEnd = newline < 0 ? text.Length : lineStart + newline;
            var piece = text[lineStart..lineEnd];
            if (!piece.IsEmpty)
            {
                if (_line.Length == 0)
                {
                    _lineOffset = offset + lineStart;
                }

                AppendRaised(piece);
                var count = piece.Length - piece.Count(' ');
                _runChars += count;
                if (_linkDepth > 0)
                {
                    _runLinkChars += count;
                }

                if (_boldDepth > 0)
                {
                    _runBoldChars += count;
                }
            }

            if (newline < 0)
            {
                return;
            }

            EndLine();
            lineStart = lineEnd + 1;
        }
    }

    // Digits set as superscripts or subscripts (km², 10⁴, a footnote mark¹, CO₂) keep their position, so that they
    // are never read as digits of the number before them.
    private void AppendRaised(ReadOnlySpan<char> piece)
    {
        if (_superscriptDepth == 0 && _subscriptDepth == 0)
        {
            _line.Append(piece);
            return;
        }

        var superscript = _superscriptDepth > 0;
        foreach (var c in piece)
        {
            _line.Append(c switch
            {
                >= '0' and <= '9' when superscript => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0'],
                >= '0' and <= '9' => "₀₁₂₃₄₅₆₇₈₉"[c - '0'],
                '-' or '−' when superscript => '⁻',
                '+' when superscript => '⁺',
                _ => c,
            });
        }
    }

    private static bool StartsWithIndentation(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i < text.Length && (text[i] == '\u3000' || (text[i] == '\u00A0' && i + 1 < text.Length && text[i + 1] == '\u00A0'));
    }

    private void EndLine()
    {
        if (_line.Length > 0)
        {
            for (var i = 0; i < _line.Length; i++)
            {
                if (!char.IsWhiteSpace(_line[i]))
                {
                    _lines.Add(new SourceLine(_line.ToString(), _lineOffset));
                    break;
                }
            }

            _line.Clear();
        }
    }

    private void Flush()
    {
        EndLine();
        _pendingBreaks = 0;
        if (_lines.Count > 0 && _runBlock is not null && !IsChromeRun())
        {
            var kind = _headingTag > 0 ? HtmlBlockKind.Heading
                : _listDepth > 0 ? HtmlBlockKind.ListItem
                : IsBoldHeading() ? HtmlBlockKind.BoldHeading
                : HtmlBlockKind.Text;
            _blocks.Add(new HtmlBlock(kind, [.. _lines], [], 0, _headingTag, _page, _paths.PathOf(_runBlock)));
        }

        _lines.Clear();
        _runBlock = null;
        _runChars = 0;
        _runLinkChars = 0;
        _runBoldChars = 0;
    }

    // Lines of links (related articles, "more" links) and lines of page furniture inside the article container.
    private bool IsChromeRun()
    {
        if (_runLinkChars * 2 > _runChars)
        {
            return true;
        }

        // Chrome lines are short: a long run is article text, and is not copied to find out.
        if (_runChars > PageChrome.ChromeTextMaxLength)
        {
            return false;
        }

        var text = _lines.Count == 1 ? _lines[0].Text : string.Concat(_lines.Select(l => l.Text));
        return PageChrome.IsChromeText(text.Trim());
    }

    private bool IsBoldHeading()
    {
        if (_runBoldChars < _runChars || _runChars > BoldHeadingMaxLength)
        {
            return false;
        }

        // A bold label that ends with a colon ("Speakers:", "Xing Huina:") introduces what follows; it is not a heading.
        var last = _lines[^1].Text.TrimEnd();
        return !DocumentBuilder.EndsSentence(last) && !last.EndsWith(':') && !last.EndsWith('：');
    }

    // A table of data, not of layout: no nested table, more than one row and column, and no cell holding a long text.
    private static bool IsDataTable(IElement table)
    {
        var rows = 0;
        var maxCells = 0;
        foreach (var row in RowsOf(table))
        {
            rows++;
            var cells = 0;
            foreach (var cell in CellsOf(row))
            {
                cells++;
                if (cell.QuerySelector("table") is not null || cell.TextContent.Length > LayoutCellLength)
                {
                    return false;
                }
            }

            maxCells = Math.Max(maxCells, cells);
        }

        return rows > 1 && maxCells > 1;
    }

    private void ReadTable(IElement table)
    {
        var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption");
        if (caption is not null && TextOf(caption, _cursor) is { } captionLine && !string.IsNullOrWhiteSpace(captionLine.Text))
        {
            _blocks.Add(new HtmlBlock(HtmlBlockKind.Text, [captionLine], [], 0, 0, _page, _paths.PathOf(caption)));
        }

        var rows = new List<IReadOnlyList<SourceLine>>();
        var headerRows = 0;
        var inHeader = true;
        foreach (var row in RowsOf(table))
        {
            var cells = new List<SourceLine>();
            var allHeaderCells = true;
            foreach (var cell in CellsOf(row))
            {
                allHeaderCells &= cell.LocalName == "th";
                cells.Add(TextOf(cell, _cursor));
            }

            if (cells.Count == 0)
            {
                continue;
            }

            var isHeader = row.ParentElement?.LocalName == "thead" || allHeaderCells;
            if (inHeader && isHeader)
            {
                headerRows++;
            }
            else
            {
                inHeader = false;
            }

            rows.Add(cells);
        }

        if (rows.Count > 0 && rows.Any(r => r.Any(c => !string.IsNullOrWhiteSpace(c.Text))))
        {
            _blocks.Add(new HtmlBlock(HtmlBlockKind.Table, [], rows, headerRows, 0, _page, _paths.PathOf(table)));
        }
    }

    private static IEnumerable<IElement> RowsOf(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                yield return child;
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children)
                {
                    if (row.LocalName == "tr")
                    {
                        yield return row;
                    }
                }
            }
        }
    }

    private static IEnumerable<IElement> CellsOf(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static bool IsBlock(string name) => name switch
    {
        "p" or "div" or "section" or "article" or "main" or "blockquote" or "pre" or "ul" or "ol" or "li" or "dl"
            or "dt" or "dd" or "table" or "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" or "caption" or "h1"
            or "h2" or "h3" or "h4" or "h5" or "h6" or "center" or "figure" or "figcaption" or "address" or "header"
            or "footer" or "aside" or "nav" or "form" or "fieldset" or "details" or "summary" or "body" => true,
        _ => false,
    };
}
