using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>Finds the article's title: an <c>h1</c> in or before the article, else an element marked as the title
/// by its class or id, else the page's <c>&lt;title&gt;</c> without the site name.</summary>
internal static class TitleFinder
{
    private const int MinTitleLength = 4;
    private const int MaxTitleLength = 300;

    private static readonly string[] SiteNameSeparators = [" - ", " | ", "|", "_", " — ", "——", " – ", "--"];

    /// <summary>The title element, when the body has one.</summary>
    public static IElement? FindElement(PageAnalysis page, IElement content)
    {
        return Pick(page, content, page.TopHeadings) ?? Pick(page, content, page.TitleMarked);
    }

    /// <summary>The page's <c>&lt;title&gt;</c> text without the site name (the shorter parts around a separator).</summary>
    public static string? FromTitleElement(IDocument document)
    {
        var title = document.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        foreach (var separator in SiteNameSeparators)
        {
            if (title.Contains(separator, StringComparison.Ordinal))
            {
                var parts = title.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return parts.Length == 0 ? title : parts.MaxBy(p => p.Length);
            }
        }

        return title;
    }

    // Inside the article first; else the nearest one before it (a title above the body); else the first after.
    private static IElement? Pick(PageAnalysis page, IElement content, List<IElement> candidates)
    {
        IElement? before = null;
        IElement? after = null;
        foreach (var candidate in candidates)
        {
            var length = candidate.TextContent.Trim().Length;
            if (length < MinTitleLength || length > MaxTitleLength || page.IsInside(content, candidate))
            {
                continue;
            }

            if (page.IsInside(candidate, content))
            {
                return candidate;
            }

            if (page.IsBefore(candidate, content))
            {
                before = candidate;
            }
            else
            {
                after ??= candidate;
            }
        }

        return before ?? after;
    }
}
