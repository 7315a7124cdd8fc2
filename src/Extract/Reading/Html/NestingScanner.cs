namespace Extract.Reading.Html;

/// <summary>Measures, before parsing, how deep a page nests its elements, so that a hostile page (tens of thousands
/// of nested <c>div</c>s) is refused in linear time: HTML tree construction slows down quadratically on such input.</summary>
/// <remarks>An estimate from the tags alone: start tags open a level and end tags close one, except void elements
/// (<c>br</c>, <c>img</c>, …), self-closed tags, and the elements HTML closes implicitly when the next one starts
/// (<c>p</c>, <c>li</c>, <c>td</c>, <c>tr</c>, <c>option</c>, …), which never nest deeply in practice. Comments,
/// scripts and styles are skipped.</remarks>
internal static class NestingScanner
{
    /// <summary>Whether <paramref name="markup"/> nests deeper than <paramref name="limit"/>; the depth reached when
    /// the limit was passed (or the deepest level seen) is returned in <paramref name="depth"/>.</summary>
    public static bool ExceedsDepth(string markup, int limit, out int depth)
    {
        var span = markup.AsSpan();
        var current = 0;
        var deepest = 0;
        var i = 0;
        while (i < span.Length)
        {
            var lt = span[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            i += lt + 1;
            if (i >= span.Length)
            {
                break;
            }

            if (span[i..].StartsWith("!--"))
            {
                var end = span[i..].IndexOf("-->");
                i = end < 0 ? span.Length : i + end + 3;
                continue;
            }

            var closing = span[i] == '/';
            var nameStart = closing ? i + 1 : i;
            var nameEnd = nameStart;
            while (nameEnd < span.Length && char.IsAsciiLetterOrDigit(span[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]))
            {
                continue;
            }

            var name = span[nameStart..nameEnd];
            if (closing)
            {
                if (!IsNonNesting(name))
                {
                    current = Math.Max(0, current - 1);
                }

                continue;
            }

            var tagEnd = span[nameEnd..].IndexOf('>');
            var selfClosed = tagEnd > 0 && span[nameEnd + tagEnd - 1] == '/';
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Raw text: skip to its end tag.
                var close = span[nameEnd..].IndexOf(name.Length == 6 ? "</script" : "</style", StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? span.Length : nameEnd + close + 2;
                continue;
            }

            if (selfClosed || IsNonNesting(name))
            {
                continue;
            }

            current++;
            if (current > deepest)
            {
                deepest = current;
                if (deepest > limit)
                {
                    depth = deepest;
                    return true;
                }
            }
        }

        depth = deepest;
        return false;
    }

    private static bool IsNonNesting(ReadOnlySpan<char> name)
    {
        if (name.Length > 8)
        {
            return false;
        }

        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return lower switch
        {
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param"
                or "source" or "track" or "wbr" or "p" or "li" or "dt" or "dd" or "td" or "th" or "tr" or "thead"
                or "tbody" or "tfoot" or "option" or "optgroup" or "rt" or "rp" or "colgroup" => true,
            _ => false,
        };
    }
}
