using System.Text;

namespace Extract.Reading.Html;

/// <summary>Finds the charset a page declares in its markup, before decoding it: <c>&lt;meta charset="..."&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=..."&gt;</c>, in the first bytes of the page
/// (a simplified form of the HTML standard's prescan: comments are skipped, attributes read in any order and quoting).</summary>
internal static class MetaCharsetScanner
{
    /// <summary>How far into the page the declaration is looked for. The standard says 1,024 bytes; Chinese
    /// portals often put long comments and scripts first, so a little more is read.</summary>
    public const int ScanLength = 4096;

    /// <summary>The charset label declared in <paramref name="bytes"/>, lower-cased, or <see langword="null"/>.</summary>
    public static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var text = bytes[..Math.Min(bytes.Length, ScanLength)];
        var i = 0;
        while (i < text.Length)
        {
            var lt = text[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                return null;
            }

            i += lt;
            if (text[i..].StartsWith("<!--"u8))
            {
                var end = text[(i + 4)..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }

                i += 4 + end + 3;
                continue;
            }

            if (IsMetaTag(text[i..]))
            {
                var close = text[i..].IndexOf((byte)'>');
                var tag = close < 0 ? text[i..] : text[i..(i + close)];
                var charset = ReadCharset(tag);
                if (charset is not null)
                {
                    return charset;
                }
            }

            i++;
        }

        return null;
    }

    private static bool IsMetaTag(ReadOnlySpan<byte> text) =>
        text.Length > 6
        && (text[1] | 0x20) == 'm' && (text[2] | 0x20) == 'e' && (text[3] | 0x20) == 't' && (text[4] | 0x20) == 'a'
        && text[5] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'/';

    // Reads charset="x" or http-equiv content="...; charset=x" from the attributes of one meta tag.
    private static string? ReadCharset(ReadOnlySpan<byte> tag)
    {
        string? charset = null;
        string? content = null;
        var httpEquivContentType = false;
        var i = 5;
        while (i < tag.Length)
        {
            while (i < tag.Length && (tag[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'/'))
            {
                i++;
            }

            var nameStart = i;
            while (i < tag.Length && tag[i] is not ((byte)'=' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'/'))
            {
                i++;
            }

            var name = Encoding.ASCII.GetString(tag[nameStart..i]).ToLowerInvariant();
            while (i < tag.Length && tag[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                i++;
            }

            var value = string.Empty;
            if (i < tag.Length && tag[i] == '=')
            {
                i++;
                while (i < tag.Length && tag[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
                {
                    i++;
                }

                int valueStart, valueEnd;
                if (i < tag.Length && tag[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = tag[i];
                    valueStart = i + 1;
                    var end = tag[valueStart..].IndexOf(quote);
                    valueEnd = end < 0 ? tag.Length : valueStart + end;
                    i = Math.Min(tag.Length, valueEnd + 1);
                }
                else
                {
                    valueStart = i;
                    while (i < tag.Length && tag[i] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    valueEnd = i;
                }

                value = Encoding.ASCII.GetString(tag[valueStart..valueEnd]);
            }

            switch (name)
            {
                case "charset":
                    charset = value.Trim().ToLowerInvariant();
                    break;
                case "content":
                    content = value;
                    break;
                case "http-equiv":
                    httpEquivContentType = value.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase);
                    break;
            }

            if (name.Length == 0)
            {
                i++;
            }
        }

        if (!string.IsNullOrEmpty(charset))
        {
            return charset;
        }

        return httpEquivContentType && content is not null ? CharsetFromContentType(content) : null;
    }

    private static string? CharsetFromContentType(string content)
    {
        var at = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = content.AsSpan(at + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].Trim().Trim('"').Trim('\'');
        var end = rest.IndexOfAny(';', ' ');
        var label = (end < 0 ? rest : rest[..end]).ToString().ToLowerInvariant();
        return label.Length == 0 ? null : label;
    }
}
