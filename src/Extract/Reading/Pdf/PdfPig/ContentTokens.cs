using System.Text;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Reads a content stream as tokens, without interpreting it: the bytes of its strings (the text it can show)
/// and how often it draws each named XObject (<c>/Name Do</c>).</summary>
internal static class ContentTokens
{
    public static (long TextBytes, Dictionary<string, long> Draws) Scan(ReadOnlySpan<byte> content)
    {
        var draws = new Dictionary<string, long>(StringComparer.Ordinal);
        long text = 0;
        string? name = null;
        var i = 0;
        while (i < content.Length)
        {
            var b = content[i];
            if (PdfSyntax.IsWhite(b))
            {
                i++;
                continue;
            }

            switch (b)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not (byte)'\n' and not (byte)'\r')
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    // Its bytes, the delimiters left out.
                    var closing = PdfSyntax.StringEnd(content, i);
                    text += Math.Max(0, closing - i - 1);
                    i = Math.Min(content.Length, closing + 1);
                    name = null;
                    continue;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                case (byte)'>' when i + 1 < content.Length && content[i + 1] == '>':
                    i += 2;
                    name = null;
                    continue;
                case (byte)'<':
                    var close = content[i..].IndexOf((byte)'>');
                    var end = close < 0 ? content.Length : i + close + 1;
                    text += (end - i) / 2;
                    i = end;
                    name = null;
                    continue;
                case (byte)'/':
                    var start = ++i;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    name = NameText(content[start..i]);
                    continue;
                case (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)')' or (byte)'>':
                    i++;
                    name = null;
                    continue;
            }

            var tokenStart = i;
            while (i < content.Length && IsRegular(content[i]))
            {
                i++;
            }

            var token = content[tokenStart..i];
            if (token.SequenceEqual("Do"u8) && name is not null)
            {
                draws[name] = draws.GetValueOrDefault(name) + 1;
            }
            else if (token.SequenceEqual("BI"u8))
            {
                i = SkipInlineImage(content, i);
            }

            name = null;
        }

        return (text, draws);
    }

    // The image data after ID runs to an EI standing alone.
    private static int SkipInlineImage(ReadOnlySpan<byte> content, int i)
    {
        var data = content[i..].IndexOf("ID"u8);
        if (data < 0)
        {
            return content.Length;
        }

        for (var at = i + data + 3; at + 1 < content.Length; at++)
        {
            if (content[at] == 'E' && content[at + 1] == 'I' && PdfSyntax.IsWhite(content[at - 1]) && (at + 2 == content.Length || !IsRegular(content[at + 2])))
            {
                return at + 2;
            }
        }

        return content.Length;
    }

    // A name's text as PdfPig keys it: #xx escapes decoded.
    private static string NameText(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'#') < 0)
        {
            return Encoding.Latin1.GetString(raw);
        }

        var bytes = new List<byte>(raw.Length);
        for (var k = 0; k < raw.Length; k++)
        {
            if (raw[k] == '#' && k + 2 < raw.Length && Uri.IsHexDigit((char)raw[k + 1]) && Uri.IsHexDigit((char)raw[k + 2]))
            {
                bytes.Add((byte)Convert.ToInt32(Encoding.ASCII.GetString(raw.Slice(k + 1, 2)), 16));
                k += 2;
            }
            else
            {
                bytes.Add(raw[k]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static bool IsRegular(byte b) => !PdfSyntax.IsEnd(b);
}
