using System.Text;

namespace Extract.Reading.Pdf;

/// <summary>Splits PDF syntax into tokens (ISO 32000-1, 7.2–7.3); shared by the file parser, content streams and
/// CMaps. Never throws on bad bytes: what cannot be a token becomes a one-byte keyword.</summary>
internal sealed class Lexer(ReadOnlyMemory<byte> data)
{
    public ReadOnlyMemory<byte> Data { get; } = data;

    public int Position { get; set; }

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhite(b) && !IsDelimiter(b);

    public void SkipWhiteAndComments()
    {
        var d = Data.Span;
        var p = Position;
        while (p < d.Length)
        {
            var b = d[p];
            if (IsWhite(b))
            {
                p++;
            }
            else if (b == '%')
            {
                while (p < d.Length && d[p] != 10 && d[p] != 13)
                {
                    p++;
                }
            }
            else
            {
                break;
            }
        }

        Position = p;
    }

    public Token Next()
    {
        SkipWhiteAndComments();
        var d = Data.Span;
        var p = Position;
        if (p >= d.Length)
        {
            return new Token(TokenKind.EndOfInput, p, p, 0);
        }

        var b = d[p];
        switch (b)
        {
            case (byte)'[':
                Position = p + 1;
                return new Token(TokenKind.ArrayOpen, p, p + 1, 0);
            case (byte)']':
                Position = p + 1;
                return new Token(TokenKind.ArrayClose, p, p + 1, 0);
            case (byte)'{' or (byte)'}' or (byte)')':
                Position = p + 1;
                return new Token(TokenKind.Keyword, p, p + 1, 0);
            case (byte)'<':
                if (p + 1 < d.Length && d[p + 1] == '<')
                {
                    Position = p + 2;
                    return new Token(TokenKind.DictionaryOpen, p, p + 2, 0);
                }

                var close = d[(p + 1)..].IndexOf((byte)'>');
                var end = close < 0 ? d.Length : p + 1 + close;
                Position = Math.Min(d.Length, end + 1);
                return new Token(TokenKind.HexString, p + 1, end, 0);
            case (byte)'>':
                if (p + 1 < d.Length && d[p + 1] == '>')
                {
                    Position = p + 2;
                    return new Token(TokenKind.DictionaryClose, p, p + 2, 0);
                }

                Position = p + 1;
                return new Token(TokenKind.Keyword, p, p + 1, 0);
            case (byte)'(':
                return LiteralString(d, p);
            case (byte)'/':
                var q = p + 1;
                while (q < d.Length && IsRegular(d[q]))
                {
                    q++;
                }

                Position = q;
                return new Token(TokenKind.Name, p + 1, q, 0);
        }

        var start = p;
        while (p < d.Length && IsRegular(d[p]))
        {
            p++;
        }

        Position = p;
        if (TryNumber(d[start..p], out var value, out var integer))
        {
            return new Token(integer ? TokenKind.Integer : TokenKind.Real, start, p, value);
        }

        return new Token(TokenKind.Keyword, start, p, 0);
    }

    public Token Peek()
    {
        var saved = Position;
        var token = Next();
        Position = saved;
        return token;
    }

    private Token LiteralString(ReadOnlySpan<byte> d, int p)
    {
        var depth = 1;
        var q = p + 1;
        while (q < d.Length)
        {
            var c = d[q];
            if (c == '\\')
            {
                q += 2;
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                break;
            }

            q++;
        }

        var end = Math.Min(q, d.Length);
        Position = Math.Min(d.Length, end + 1);
        return new Token(TokenKind.LiteralString, p + 1, end, 0);
    }

    // Exact: the digits as a 64-bit mantissa and a decimal scale. Digits past what the mantissa holds are dropped
    // after the point and saturate before it (no real file writes them; a damaged one may).
    private static bool TryNumber(ReadOnlySpan<byte> s, out decimal value, out bool integer)
    {
        value = 0;
        integer = true;
        if (s.IsEmpty)
        {
            return false;
        }

        var i = 0;
        var negative = false;
        if (s[0] is (byte)'+' or (byte)'-')
        {
            negative = s[0] == '-';
            i++;
            // PDF writers sometimes emit "--5" or "-+5"; read them as the number.
            while (i < s.Length && s[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }
        }

        const ulong Limit = (ulong.MaxValue - 9) / 10;
        ulong mantissa = 0;
        byte scale = 0;
        var digits = 0;
        var saturated = false;
        for (; i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9'; i++, digits++)
        {
            if (mantissa <= Limit)
            {
                mantissa = (mantissa * 10) + (ulong)(s[i] - '0');
            }
            else
            {
                saturated = true;
            }
        }

        if (i < s.Length && s[i] == '.')
        {
            integer = false;
            i++;
            for (; i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9'; i++, digits++)
            {
                if (mantissa <= Limit && scale < 28)
                {
                    mantissa = (mantissa * 10) + (ulong)(s[i] - '0');
                    scale++;
                }
            }
        }

        if (i != s.Length || digits == 0)
        {
            return false;
        }

        value = saturated ? (negative ? decimal.MinValue : decimal.MaxValue) : new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, scale);
        return true;
    }

    /// <summary>The bytes of a string token, escapes and hex digits decoded.</summary>
    public byte[] StringBytes(Token token)
    {
        var s = Data.Span[token.Start..token.End];
        return token.Kind == TokenKind.HexString ? DecodeHex(s) : DecodeLiteral(s);
    }

    /// <summary>The name of a name token, <c>#xx</c> escapes decoded.</summary>
    public string NameText(Token token)
    {
        var s = Data.Span[token.Start..token.End];
        if (s.IndexOf((byte)'#') < 0)
        {
            return Encoding.Latin1.GetString(s);
        }

        var bytes = new List<byte>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '#' && i + 2 < s.Length && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0)
            {
                bytes.Add((byte)((HexValue(s[i + 1]) << 4) | HexValue(s[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(s[i]);
            }
        }

        var array = bytes.ToArray();
        try
        {
            return new UTF8Encoding(false, true).GetString(array);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(array);
        }
    }

    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public static byte[] DecodeHex(ReadOnlySpan<byte> s)
    {
        var result = new byte[(s.Length + 1) / 2];
        var n = 0;
        var high = -1;
        foreach (var b in s)
        {
            var v = HexValue(b);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                result[n++] = (byte)((high << 4) | v);
                high = -1;
            }
        }

        if (high >= 0)
        {
            result[n++] = (byte)(high << 4);
        }

        return n == result.Length ? result : result[..n];
    }

    private static byte[] DecodeLiteral(ReadOnlySpan<byte> s)
    {
        if (s.IndexOf((byte)'\\') < 0 && s.IndexOf((byte)'\r') < 0)
        {
            return s.ToArray();
        }

        var result = new List<byte>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\r')
            {
                // An unescaped end of line is read as a single line feed (7.3.4.2).
                result.Add(10);
                if (i + 1 < s.Length && s[i + 1] == 10)
                {
                    i++;
                }

                continue;
            }

            if (c != '\\' || i + 1 >= s.Length)
            {
                result.Add(c);
                continue;
            }

            var e = s[++i];
            switch (e)
            {
                case (byte)'n': result.Add(10); break;
                case (byte)'r': result.Add(13); break;
                case (byte)'t': result.Add(9); break;
                case (byte)'b': result.Add(8); break;
                case (byte)'f': result.Add(12); break;
                case (byte)'\r':
                    if (i + 1 < s.Length && s[i + 1] == 10)
                    {
                        i++;
                    }

                    break;
                case (byte)'\n':
                    break;
                case >= (byte)'0' and <= (byte)'7':
                    var value = e - '0';
                    for (var k = 0; k < 2 && i + 1 < s.Length && s[i + 1] is >= (byte)'0' and <= (byte)'7'; k++)
                    {
                        value = (value * 8) + (s[++i] - '0');
                    }

                    result.Add((byte)value);
                    break;
                default:
                    result.Add(e);
                    break;
            }
        }

        return [.. result];
    }
}
