extern alias OpenXml;

using System.Text.RegularExpressions;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Extract.Reading.Word;

/// <summary>The paragraph styles of a document, resolved along their <c>basedOn</c> chains: which make titles and
/// headings (by built-in or localized name, or by outline level), which are tables of contents, and which carry
/// list numbering.</summary>
internal sealed partial class StyleCatalog
{
    private const int MaxChain = 32;
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public StyleCatalog(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && IsParagraphStyle(style))
            {
                _styles.TryAdd(id, style);
                if (style.Default?.Value == true)
                {
                    _defaultParagraphStyle ??= id;
                }
            }
        }
    }

    /// <summary>The style a paragraph is in: its own, or the document's default paragraph style.</summary>
    public string? StyleOf(ParagraphProperties? properties) => properties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    /// <summary>What the style makes of a paragraph.</summary>
    public StyleRole RoleOf(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value?.Trim() ?? string.Empty;
            if (TitleName().IsMatch(name))
            {
                return new StyleRole(StyleKind.Title, 0);
            }

            if (HeadingName().Match(name) is { Success: true } heading)
            {
                return new StyleRole(StyleKind.Heading, heading.Groups["level"].ValueSpan[0] - '0');
            }

            if (ContentsName().IsMatch(name))
            {
                return new StyleRole(StyleKind.Contents, 0);
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline and < 9)
            {
                return new StyleRole(StyleKind.Heading, outline + 1);
            }
        }

        return new StyleRole(StyleKind.Body, 0);
    }

    /// <summary>The list numbering the style gives its paragraphs, when it gives any.</summary>
    public NumberingProperties? NumberingOf(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return numbering;
            }
        }

        return null;
    }

    // The style and the styles it is based on, nearest first; a cycle or an absurd chain is cut off.
    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var i = 0; i < MaxChain && styleId is not null && _styles.TryGetValue(styleId, out var style); i++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private static bool IsParagraphStyle(Style style) =>
        style.Type is null || style.Type.InnerText == "paragraph";

    // Built-in names are stored in English ("heading 1", "Title"); Word in other languages, WPS and LibreOffice
    // also write localized names.
    [GeneratedRegex(@"^(title|标题|標題|titel|titre|título|titolo|заголовок|タイトル|표제)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"^(heading|标题|標題|überschrift|titre|título|titolo|encabezado|kop|nagłówek|заголовок|見出し|제목)\s*(?<level>[1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(toc|目录|目錄|verzeichnis|table des matières|contents)\s*[1-9]$|^(toc heading|目录标题)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsName();
}
