using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>One pass over a page's body that measures its text: for every element, how many characters of text it
/// holds outside links and chrome, how many inside links, and how many stand directly in it or in its inline and
/// paragraph children (its text density); and which elements are marked as article, editor body or title.</summary>
/// <remarks>The walk is iterative (no recursion), so nesting depth cannot overflow the stack.</remarks>
internal sealed class PageAnalysis
{
    private readonly Dictionary<IElement, ElementText> _stats = [];
    private readonly HashSet<IElement> _excluded = [];

    private PageAnalysis()
    {
    }

    /// <summary>Characters of visible text in the whole body, chrome included.</summary>
    public int VisibleCharacters { get; private set; }

    /// <summary>Editor body containers (TRS_Editor, Custom_UnionStyle), in document order.</summary>
    public List<IElement> EditorContainers { get; } = [];

    /// <summary>Elements marked as holding an article, in document order.</summary>
    public List<IElement> MarkedContainers { get; } = [];

    /// <summary><c>h1</c> elements outside page chrome, in document order.</summary>
    public List<IElement> TopHeadings { get; } = [];

    /// <summary>Elements whose class or id marks a title, outside page chrome, in document order.</summary>
    public List<IElement> TitleMarked { get; } = [];

    /// <summary>The element with the most text standing directly in it, if any.</summary>
    public IElement? Densest { get; private set; }

    /// <summary>The measures of <paramref name="element"/> (zero for elements in chrome or never reached).</summary>
    public ElementText this[IElement element] => _stats.TryGetValue(element, out var s) ? s : default;

    /// <summary>Measures the body of <paramref name="document"/>.</summary>
    public static PageAnalysis Of(IDocument document, CancellationToken cancellationToken)
    {
        var analysis = new PageAnalysis();
        var body = document.Body;
        if (body is not null)
        {
            analysis.Walk(body, cancellationToken);
        }

        return analysis;
    }

    /// <summary>Whether the element was left out of the measures: it holds no readable text, or it is page chrome
    /// (only the outermost element of such a subtree is recorded).</summary>
    public bool IsExcluded(IElement element) => _excluded.Contains(element);

    /// <summary>Whether <paramref name="element"/> lies inside <paramref name="container"/> (or is it).</summary>
    public bool IsInside(IElement element, IElement container)
    {
        var e = this[element];
        var c = this[container];
        return e.Order >= c.Order && e.Order <= c.End && _stats.ContainsKey(element) && _stats.ContainsKey(container);
    }

    /// <summary>Whether <paramref name="element"/> comes before <paramref name="other"/> in document order.</summary>
    public bool IsBefore(IElement element, IElement other) => this[element].Order < this[other].Order;

    private void Walk(IElement root, CancellationToken cancellationToken)
    {
        var frames = new List<Frame> { new(root, Chrome: false, Link: false) };
        var order = 0;
        var densestScore = 0;
        var cursor = new TreeCursor(root);
        var steps = 0;
        while (cursor.Current is { } node)
        {
            if (++steps % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var descend = false;
            if (node is IElement element)
            {
                if (PageChrome.IsSkipped(element))
                {
                    _excluded.Add(element);
                }
                else
                {
                    var parent = frames[^1];
                    var ownChrome = !parent.Chrome && PageChrome.IsChromeElement(element);
                    if (ownChrome)
                    {
                        _excluded.Add(element);
                    }

                    var chrome = parent.Chrome || ownChrome;
                    var link = parent.Link || element.LocalName == "a";
                    var marked = !chrome && !link && Classify(element);
                    var inArticle = parent.InArticle || element.LocalName is "article" or "main" || marked;

                    // The header of an article (its h1 and byline) is chrome for the body, but its h1 is the title.
                    var articleHeader = ownChrome ? parent.InArticle && (element.LocalName == "header" || PageChrome.IsHeaderMarked(element)) : parent.ArticleHeader;
                    frames.Add(new Frame(element, chrome, link) { Order = ++order, InArticle = inArticle && !chrome, ArticleHeader = articleHeader });
                    if (chrome && articleHeader && element.LocalName == "h1")
                    {
                        TopHeadings.Add(element);
                    }
                    else if (chrome && articleHeader && PageChrome.IsTitleMarked(element))
                    {
                        TitleMarked.Add(element);
                    }

                    descend = true;
                }
            }
            else if (node is IText text)
            {
                var count = CountVisible(text.Data);
                VisibleCharacters += count;
                var top = frames[^1];
                if (!top.Chrome)
                {
                    if (top.Link)
                    {
                        top.Links += count;
                    }
                    else
                    {
                        top.Text += count;
                        top.Direct += count;
                    }
                }
            }

            cursor.Advance(descend);
            for (var i = 0; i < cursor.Closed.Count; i++)
            {
                Leave(frames, order, ref densestScore);
            }
        }

        // The body itself holds the text of a bare page (text and <br>s with no element around them).
        var body = frames[0];
        _stats[root] = new ElementText(0, order, body.Text, body.Links, body.Direct);
        if (body.Direct > densestScore)
        {
            Densest = root;
        }
    }

    // Records the element among the candidates for article and title; returns whether it is marked as an article.
    private bool Classify(IElement element)
    {
        var marked = true;
        if (PageChrome.IsEditorContainer(element))
        {
            EditorContainers.Add(element);
        }
        else if (PageChrome.IsContentMarked(element))
        {
            MarkedContainers.Add(element);
        }
        else
        {
            marked = false;
        }

        if (element.LocalName == "h1")
        {
            TopHeadings.Add(element);
        }
        else if (PageChrome.IsTitleMarked(element))
        {
            TitleMarked.Add(element);
        }

        return marked;
    }

    private void Leave(List<Frame> frames, int order, ref int densestScore)
    {
        var frame = frames[^1];
        frames.RemoveAt(frames.Count - 1);
        _stats[frame.Element] = new ElementText(frame.Order, order, frame.Text, frame.Links, frame.Direct);
        if (frame.Direct > densestScore && !frame.Chrome)
        {
            densestScore = frame.Direct;
            Densest = frame.Element;
        }

        var parent = frames[^1];
        parent.Text += frame.Text;
        parent.Links += frame.Links;
        if (IsParagraphLike(frame.Element.LocalName))
        {
            parent.Direct += frame.Text;
        }
    }

    // Children whose text counts as standing in their parent: inline elements and single paragraphs.
    private static bool IsParagraphLike(string name) => name is "p" or "span" or "font" or "strong" or "b" or "em"
        or "i" or "u" or "sup" or "sub" or "small" or "big" or "br" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre"
        or "blockquote" or "center" or "li" or "ul" or "ol";

    // Counted at vector speed: white space in pages is spaces, line breaks, tabs and the two kinds of wide space.
    private static int CountVisible(string text)
    {
        var span = text.AsSpan();
        return span.Length - span.Count(' ') - span.Count('\n') - span.Count('\r') - span.Count('\t') - span.Count('\u3000') - span.Count('\u00A0');
    }

    private sealed class Frame(IElement element, bool Chrome, bool Link)
    {
        public IElement Element { get; } = element;

        public bool Chrome { get; } = Chrome;

        public bool Link { get; } = Link;

        public int Order { get; init; }

        public bool InArticle { get; init; }

        public bool ArticleHeader { get; init; }

        public int Text { get; set; }

        public int Links { get; set; }

        public int Direct { get; set; }
    }
}
