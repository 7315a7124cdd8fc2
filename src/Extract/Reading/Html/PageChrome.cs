using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>What of a page is not the article: elements that hold no readable text (scripts, styles, forms), page
/// chrome marked by its element, role, class or id (navigation, breadcrumbs, share bars, related links, footers),
/// and lines of chrome that sit inside the article container (page dates, visit counters, ICP record numbers,
/// phone numbers, addresses, language switches, print and close links).</summary>
internal static partial class PageChrome
{
    /// <summary>Text longer than this is running text even when it mentions a phone number or a date.</summary>
    public const int ChromeTextMaxLength = 200;

    private const int MaxWordLength = 24;

    /// <summary>Whether the element's content is never text to read: scripts, styles, embedded objects, form
    /// controls, and elements hidden from readers.</summary>
    public static bool IsSkipped(IElement element)
    {
        switch (element.LocalName)
        {
            case "script" or "style" or "noscript" or "template" or "iframe" or "frame" or "frameset" or "object"
                or "embed" or "svg" or "math" or "canvas" or "audio" or "video" or "map" or "select" or "textarea"
                or "button" or "input" or "head" or "title" or "link" or "meta" or "base" or "img":
                return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && IsHiddenByStyle(style);
    }

    /// <summary>Whether the element is page chrome by its name, role, class or id.</summary>
    public static bool IsChromeElement(IElement element)
    {
        if (element.LocalName is "nav" or "header" or "footer" or "aside" or "menu" or "dialog")
        {
            return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "menu" or "menubar" or "toolbar")
        {
            return true;
        }

        return HasWord(element.ClassName, WordKind.Chrome) || HasWord(element.Id, WordKind.Chrome);
    }

    /// <summary>Whether the element is the body container of a web editor (TRS, UEditor, the Custom_UnionStyle of
    /// government CMSs): the strongest sign of an article.</summary>
    public static bool IsEditorContainer(IElement element)
    {
        var className = element.ClassName;
        var id = element.Id;
        return IsEditorName(className) || IsEditorName(id);
    }

    /// <summary>Whether the element is marked as holding an article: <c>article</c>, <c>main</c>, the main role, or a
    /// class or id such as <c>article</c>, <c>content</c>, <c>con</c>, <c>detail</c>, <c>zoom</c>.</summary>
    public static bool IsContentMarked(IElement element)
    {
        if (element.LocalName is "article" or "main" || element.GetAttribute("role") == "main"
            || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return HasWord(element.ClassName, WordKind.Content) || HasWord(element.Id, WordKind.Content);
    }

    /// <summary>Whether the element is marked as a header (<c>article-head</c>, <c>news_header</c>) by its class or id.</summary>
    public static bool IsHeaderMarked(IElement element) => HasWord(element.ClassName, WordKind.Header) || HasWord(element.Id, WordKind.Header);

    /// <summary>Whether the element is marked as the article's title by its class or id.</summary>
    public static bool IsTitleMarked(IElement element) => HasWord(element.ClassName, WordKind.Title) || HasWord(element.Id, WordKind.Title);

    /// <summary>Whether a short block of text is a line of page chrome.</summary>
    public static bool IsChromeText(string text)
    {
        if (text.Length > ChromeTextMaxLength)
        {
            return false;
        }

        return ChromeLine().IsMatch(text) || LanguageSwitch().IsMatch(text) || ChromeStart().IsMatch(text);
    }

    private static bool IsEditorName(string? name) =>
        name is not null
        && (name.Contains("TRS_Editor", StringComparison.OrdinalIgnoreCase)
            || name.Contains("TRS_UEDITOR", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Custom_UnionStyle", StringComparison.OrdinalIgnoreCase));

    // Word-pasted articles put a long style on every span: look for the value before allocating anything.
    private static bool IsHiddenByStyle(string style)
    {
        if (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    // Class names and ids are split into lower-case words at punctuation and camel-case humps:
    // "TRS_Editor" → trs, editor; "newsContent" → news, content; "bread-crumb" → bread, crumb.
    private static bool HasWord(string? names, WordKind kind)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        Span<char> word = stackalloc char[MaxWordLength];
        var length = 0;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c)
                || (char.IsAsciiLetterUpper(c) && length > 0 && char.IsAsciiLetterLower(names[i - 1]));
            if (boundary && length > 0)
            {
                if (length <= MaxWordLength && IsWord(word[..length], kind))
                {
                    return true;
                }

                length = 0;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length < MaxWordLength)
                {
                    word[length] = char.ToLowerInvariant(c);
                }

                length++;
            }
        }

        return false;
    }

    private static bool IsWord(ReadOnlySpan<char> word, WordKind kind) => kind switch
    {
        WordKind.Chrome => IsChromeWord(word),
        WordKind.Content => IsContentWord(word),
        WordKind.Header => word is "head" or "header",
        _ => IsTitleWord(word),
    };

    private static bool IsChromeWord(ReadOnlySpan<char> word) => word switch
    {
        "nav" or "navbar" or "navi" or "navigation" or "menu" or "menus" or "breadcrumb" or "breadcrumbs" or "crumb"
            or "crumbs" or "share" or "sharing" or "bdshare" or "fenxiang" or "footer" or "foot" or "copyright"
            or "related" or "relate" or "xgxw" or "xglj" or "xgwz" or "sidebar" or "side" or "comment" or "comments"
            or "toolbar" or "tools" or "tool" or "print" or "lang" or "language" or "languages" or "position"
            or "location" or "weizhi" or "dqwz" or "pager" or "pagination" or "paging" or "bottom" or "sitemap"
            or "login" or "search" or "banner" or "logo" or "counter" or "visit" or "visits" or "qrcode" or "ewm"
            or "ad" or "ads" or "advert" or "header" or "head" or "topbar" or "weather" or "skip" or "hidden"
            or "hide" or "modal" or "popup" or "cookie" or "subscribe" or "social" or "fenye" => true,
        _ => false,
    };

    private static bool IsContentWord(ReadOnlySpan<char> word) => word switch
    {
        "article" or "artical" or "content" or "contents" or "con" or "cont" or "detail" or "details" or "zoom"
            or "text" or "zhengwen" or "zw" or "wenzhang" => true,
        _ => false,
    };

    private static bool IsTitleWord(ReadOnlySpan<char> word) => word switch
    {
        "title" or "tit" or "headline" or "biaoti" or "bt" => true,
        _ => false,
    };

    // A label of page furniture followed by its value anywhere in the line: record numbers, copyright, contact
    // details, counters, the page's own dates. Labels need their colon or value, so that an article sentence about
    // copyright administration or website visits is not taken for chrome.
    [GeneratedRegex(
        @"ICP\s*[备证]|ICP\s*\d|公网安备|网站标识码|版权所有(?![者人权])|Copyright\s*(©|\(c\)|\d{4})|©|All\s+Rights\s+Reserved|" +
        @"(主办单位|承办单位|技术支持|主办|承办|维护)\s*[:：]|" +
        @"(电话|联系电话|咨询电话|传真|邮编|地址|通讯地址|联系地址|Tel|Fax|Phone|Address|Postcode|Zip)\s*[:：]|" +
        @"(浏览次数|浏览量|访问量|访问次数|点击数|点击量|阅读数|阅读次数|阅读量)\s*[:：]|您是第\s*\d|(Views?|Visits?|Visitors?|Hits)\s*[:：]\s*\d|" +
        @"(发布时间|发布日期|更新时间|更新日期|信息时间|成文日期|Updated|Published|Release\s+Date|Last\s+Modified|Date)\s*[:：]\s*\d|" +
        @"分享到|扫一扫|打印本页|关闭窗口|当前位置|您现在的位置|您的位置|所在位置",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();

    // A line made only of language names: "中文版 | English", "| 中文版 |", "EN / 简体 / 繁體".
    [GeneratedRegex(
        @"^[\s|/·•]*((中文版|中文|简体|簡體|繁体|繁體|English|EN|ENGLISH|Français|Русский|Español|日本語|한국어|العربية)[\s|/·•]*)+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LanguageSwitch();

    // Lines that start like navigation between articles or to the home page.
    [GeneratedRegex(
        @"^\s*(上一篇|下一篇|上一条|下一条|相关链接|相关新闻|相关文章|相关阅读|相关稿件|Related\s+(Links|News|Articles|Stories)|Previous\s*[:：]|Next\s*[:：]|Share\s*(this|to)?\s*[:：]|首页\s*[>＞»›]|Home\s*[>»›]|【\s*(打印|关闭|字号|字体|大|中|小)|[【\[(（]?\s*(来源|信息来源|责任编辑|编辑|作者|Source|Editor|Author)\s*[:：])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeStart();

    private enum WordKind
    {
        Chrome,
        Content,
        Header,
        Title,
    }
}
