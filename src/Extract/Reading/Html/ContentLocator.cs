using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>Finds the element that holds the article on a page: the body container of a web editor
/// (<c>TRS_Editor</c>, <c>Custom_UnionStyle</c>); else the smallest marked container (<c>article</c>, <c>main</c>,
/// classes and ids such as <c>content</c>, <c>con</c>, <c>detail</c>, <c>zoom</c>) that still holds nearly all the
/// text of the largest; else the element with the highest text density.</summary>
internal static class ContentLocator
{
    // A marked container inside the largest one replaces it when it keeps this share of the text: the article body
    // inside <main> or <article>, without the bylines and share bars around it.
    private const double NestedShare = 0.8;

    /// <summary>The article's container, or <see langword="null"/> when the page has no text outside chrome.</summary>
    public static IElement? Locate(PageAnalysis page)
    {
        var editor = Largest(page, page.EditorContainers);
        if (editor is not null)
        {
            return editor;
        }

        var densest = page.Densest;
        var marked = Largest(page, page.MarkedContainers);
        if (marked is not null)
        {
            var text = page[marked].Text;

            // A marked box that holds less than half of the densest block is a teaser or a sidebar, not the article.
            if (densest is null || page.IsInside(densest, marked) || text * 2 >= page[densest].Direct)
            {
                return Innermost(page, marked);
            }
        }

        return densest;
    }

    private static IElement? Largest(PageAnalysis page, List<IElement> candidates)
    {
        IElement? best = null;
        var bestText = 0;
        foreach (var candidate in candidates)
        {
            var text = page[candidate].Text;
            if (text > bestText)
            {
                best = candidate;
                bestText = text;
            }
        }

        return best;
    }

    private static IElement Innermost(PageAnalysis page, IElement outer)
    {
        var best = outer;
        var threshold = page[outer].Text * NestedShare;
        foreach (var candidate in page.MarkedContainers)
        {
            if (candidate != outer && page.IsInside(candidate, outer) && page[candidate].Text >= threshold && page[candidate].Text <= page[best].Text && page.IsInside(candidate, best))
            {
                best = candidate;
            }
        }

        return best;
    }
}
