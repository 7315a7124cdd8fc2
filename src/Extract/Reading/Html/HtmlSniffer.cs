namespace Extract.Reading.Html;

/// <summary>Tells HTML from other content by its first bytes, the way browsers sniff a resource served without a
/// trustworthy type: after a byte order mark and white space, the content opens with a tag that only HTML uses.</summary>
internal static class HtmlSniffer
{
    // Tags a page may open with; each must be followed by a byte that ends a tag name.
    private static readonly string[] OpeningTags =
    [
        "!doctype html", "html", "head", "body", "meta", "title", "script", "style", "link", "div", "table", "iframe",
        "font", "p", "h1", "h2", "h3", "h4", "h5", "h6", "br", "a", "b", "center", "form", "span", "base",
    ];

    private static readonly string[] Extensions = [".html", ".htm", ".xhtml", ".shtml", ".shtm"];

    /// <summary>Whether <paramref name="head"/> opens like an HTML page.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        Span<byte> ascii = stackalloc byte[Math.Min(head.Length, 1024)];
        var length = ToAscii(head, ascii);
        var text = ascii[..length];
        var i = 0;
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')
        {
            i++;
        }

        text = text[i..];
        if (text.Length < 2 || text[0] != '<')
        {
            return false;
        }

        if (text[1..].StartsWith("!--"u8))
        {
            return true;
        }

        if (text[1..].StartsWith("?xml"u8))
        {
            // XHTML: an XML declaration followed, somewhere in the head, by the html element.
            return ContainsIgnoreCase(text, "<html"u8);
        }

        foreach (var tag in OpeningTags)
        {
            if (StartsWithTag(text[1..], tag))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="sourcePath"/> has an extension web pages are saved under.</summary>
    public static bool HasHtmlExtension(string sourcePath)
    {
        var extension = Path.GetExtension(sourcePath);
        foreach (var candidate in Extensions)
        {
            if (extension.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Drops a byte order mark, and the zero bytes of UTF-16, so that the tests below work on ASCII.
    private static int ToAscii(ReadOnlySpan<byte> head, Span<byte> target)
    {
        var step = 1;
        var start = 0;
        if (head is [0xEF, 0xBB, 0xBF, ..])
        {
            start = 3;
        }
        else if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            start = 2;
            step = 2;
        }

        var length = 0;
        for (var i = start; i < head.Length && length < target.Length; i++)
        {
            if (step == 2 && head[i] == 0)
            {
                continue;
            }

            target[length++] = head[i];
        }

        return length;
    }

    private static bool StartsWithTag(ReadOnlySpan<byte> text, string tag)
    {
        if (text.Length <= tag.Length)
        {
            return false;
        }

        for (var i = 0; i < tag.Length; i++)
        {
            if (char.ToLowerInvariant((char)text[i]) != tag[i])
            {
                return false;
            }
        }

        return text[tag.Length] is (byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
    }

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = 0; i + lowerNeedle.Length <= text.Length; i++)
        {
            var match = true;
            for (var k = 0; k < lowerNeedle.Length && match; k++)
            {
                match = char.ToLowerInvariant((char)text[i + k]) == lowerNeedle[k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
