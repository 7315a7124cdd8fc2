using System.Text;

namespace Extract.Reading.Pdf.Fonts;

/// <summary>A CMap (9.7.5, 9.10.3): how a string splits into codes (codespace ranges of 1 to 4 bytes) and what
/// each code maps to: Unicode text for a ToUnicode CMap (<c>bfchar</c>, <c>bfrange</c> with a start string or an
/// array), CIDs for an encoding CMap (<c>cidchar</c>, <c>cidrange</c>).</summary>
internal sealed class CMap
{
    // A bfrange or cidrange wider than this is kept as a range instead of being expanded.
    private const int ExpandLimit = 256;

    private readonly List<CodespaceRange> _codespaces = [];
    private readonly Dictionary<long, string> _unicode = [];
    private readonly List<(uint Low, uint High, int Length, string Start)> _unicodeRanges = [];
    private readonly Dictionary<long, int> _cids = [];
    private readonly List<(uint Low, uint High, int Length, int Start)> _cidRanges = [];

    /// <summary>The two-byte identity CMap (<c>Identity-H</c>, <c>Identity-V</c>).</summary>
    public static CMap Identity { get; } = CreateIdentity();

    public bool IsIdentity { get; private set; }

    public bool HasUnicode => _unicode.Count > 0 || _unicodeRanges.Count > 0;

    private static CMap CreateIdentity()
    {
        var map = new CMap { IsIdentity = true };
        map._codespaces.Add(new CodespaceRange(0, 0xFFFF, 2));
        return map;
    }

    /// <summary>Reads the next code at the start of <paramref name="bytes"/>; returns its length in bytes.</summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, out uint code)
    {
        foreach (var range in _codespaces)
        {
            if (range.Contains(bytes))
            {
                code = Value(bytes[..range.Length]);
                return range.Length;
            }
        }

        // Outside every range: take the shortest length that matches the first byte's range, else one byte.
        var length = 1;
        foreach (var range in _codespaces)
        {
            var first = (byte)(range.Low >> (8 * (range.Length - 1)));
            var last = (byte)(range.High >> (8 * (range.Length - 1)));
            if (bytes[0] >= first && bytes[0] <= last)
            {
                length = range.Length;
                break;
            }
        }

        length = Math.Min(length, bytes.Length);
        code = Value(bytes[..length]);
        return length;
    }

    public string? Lookup(uint code, int length)
    {
        if (_unicode.TryGetValue(Key(code, length), out var text))
        {
            return text;
        }

        foreach (var (low, high, rangeLength, start) in _unicodeRanges)
        {
            if (rangeLength == length && code >= low && code <= high)
            {
                return Offset(start, (int)(code - low));
            }
        }

        return null;
    }

    public int? Cid(uint code, int length)
    {
        if (IsIdentity)
        {
            return (int)code;
        }

        if (_cids.TryGetValue(Key(code, length), out var cid))
        {
            return cid;
        }

        foreach (var (low, high, rangeLength, start) in _cidRanges)
        {
            if (rangeLength == length && code >= low && code <= high)
            {
                return start + (int)(code - low);
            }
        }

        return null;
    }

    private static long Key(uint code, int length) => ((long)length << 32) | code;

    private static uint Value(ReadOnlySpan<byte> bytes)
    {
        uint v = 0;
        foreach (var b in bytes)
        {
            v = (v << 8) | b;
        }

        return v;
    }

    /// <summary>Parses a CMap program. Unknown operators are skipped; a damaged CMap yields what was read.</summary>
    public static CMap Parse(byte[] data, Func<string, CMap?>? useCMap = null)
    {
        var map = new CMap();
        var lexer = new Lexer(data);
        var operands = new List<Token>();
        var d = lexer.Data.Span;
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.EndOfInput)
            {
                break;
            }

            if (token.Kind != TokenKind.Keyword)
            {
                if (operands.Count > 64)
                {
                    operands.Clear();
                }

                operands.Add(token);
                continue;
            }

            if (token.IsKeyword(d, "begincodespacerange"u8))
            {
                map.ReadCodespaces(lexer);
            }
            else if (token.IsKeyword(d, "beginbfchar"u8))
            {
                map.ReadChars(lexer, unicode: true);
            }
            else if (token.IsKeyword(d, "beginbfrange"u8))
            {
                map.ReadRanges(lexer, unicode: true);
            }
            else if (token.IsKeyword(d, "begincidchar"u8))
            {
                map.ReadChars(lexer, unicode: false);
            }
            else if (token.IsKeyword(d, "begincidrange"u8))
            {
                map.ReadRanges(lexer, unicode: false);
            }
            else if (token.IsKeyword(d, "usecmap"u8) && operands.Count > 0 && operands[^1].Kind == TokenKind.Name)
            {
                var used = useCMap?.Invoke(lexer.NameText(operands[^1]));
                if (used is not null)
                {
                    map.Include(used);
                }
            }

            operands.Clear();
        }

        if (map._codespaces.Count == 0)
        {
            // A ToUnicode CMap without ranges: codes are as long as the keys it maps.
            var lengths = map._unicode.Keys.Select(k => (int)(k >> 32)).Concat(map._unicodeRanges.Select(r => r.Length)).DefaultIfEmpty(2).Distinct();
            foreach (var length in lengths.Order())
            {
                map._codespaces.Add(new CodespaceRange(0, length >= 4 ? uint.MaxValue : (1u << (8 * length)) - 1, length));
            }
        }

        return map;
    }

    private void Include(CMap other)
    {
        IsIdentity |= other.IsIdentity;
        _codespaces.AddRange(other._codespaces);
        foreach (var (k, v) in other._unicode)
        {
            _unicode.TryAdd(k, v);
        }

        _unicodeRanges.AddRange(other._unicodeRanges);
        foreach (var (k, v) in other._cids)
        {
            _cids.TryAdd(k, v);
        }

        _cidRanges.AddRange(other._cidRanges);
    }

    private void ReadCodespaces(Lexer lexer)
    {
        while (true)
        {
            var low = lexer.Next();
            if (low.Kind != TokenKind.HexString)
            {
                return;
            }

            var high = lexer.Next();
            var lowBytes = lexer.StringBytes(low);
            var highBytes = lexer.StringBytes(high);
            if (lowBytes.Length is >= 1 and <= 4 && highBytes.Length == lowBytes.Length)
            {
                _codespaces.Add(new CodespaceRange(Value(lowBytes), Value(highBytes), lowBytes.Length));
            }
        }
    }

    private void ReadChars(Lexer lexer, bool unicode)
    {
        while (true)
        {
            var source = lexer.Next();
            if (source.Kind is not (TokenKind.HexString or TokenKind.LiteralString))
            {
                return;
            }

            var destination = lexer.Next();
            var code = lexer.StringBytes(source);
            if (code.Length is < 1 or > 4)
            {
                continue;
            }

            var key = Key(Value(code), code.Length);
            if (unicode && destination.Kind is TokenKind.HexString or TokenKind.LiteralString)
            {
                _unicode[key] = Utf16(lexer.StringBytes(destination));
            }
            else if (unicode && destination.Kind == TokenKind.Name)
            {
                _unicode[key] = GlyphNames.ToUnicode(lexer.NameText(destination)) ?? string.Empty;
            }
            else if (!unicode && destination.Kind == TokenKind.Integer)
            {
                _cids[key] = destination.IntNumber;
            }
        }
    }

    private void ReadRanges(Lexer lexer, bool unicode)
    {
        while (true)
        {
            var lowToken = lexer.Next();
            if (lowToken.Kind is not (TokenKind.HexString or TokenKind.LiteralString))
            {
                return;
            }

            var highToken = lexer.Next();
            var destination = lexer.Next();
            var lowBytes = lexer.StringBytes(lowToken);
            var highBytes = lexer.StringBytes(highToken);
            if (lowBytes.Length is < 1 or > 4 || highBytes.Length != lowBytes.Length)
            {
                if (destination.Kind == TokenKind.ArrayOpen)
                {
                    SkipArray(lexer);
                }

                continue;
            }

            var low = Value(lowBytes);
            var high = Value(highBytes);
            var length = lowBytes.Length;
            if (high < low)
            {
                continue;
            }

            if (destination.Kind == TokenKind.ArrayOpen)
            {
                var code = low;
                while (true)
                {
                    var item = lexer.Next();
                    if (item.Kind is TokenKind.ArrayClose or TokenKind.EndOfInput)
                    {
                        break;
                    }

                    if (unicode && item.Kind is TokenKind.HexString or TokenKind.LiteralString && code <= high)
                    {
                        _unicode[Key(code, length)] = Utf16(lexer.StringBytes(item));
                    }

                    code++;
                }
            }
            else if (unicode && destination.Kind is TokenKind.HexString or TokenKind.LiteralString)
            {
                var start = Utf16(lexer.StringBytes(destination));
                if (high - low < ExpandLimit)
                {
                    for (var c = low; c <= high; c++)
                    {
                        _unicode[Key(c, length)] = Offset(start, (int)(c - low));
                    }
                }
                else
                {
                    _unicodeRanges.Add((low, high, length, start));
                }
            }
            else if (!unicode && destination.Kind == TokenKind.Integer)
            {
                _cidRanges.Add((low, high, length, destination.IntNumber));
            }
        }
    }

    private static void SkipArray(Lexer lexer)
    {
        while (lexer.Next().Kind is not (TokenKind.ArrayClose or TokenKind.EndOfInput))
        {
        }
    }

    // The destination of a bfrange grows by one in its last character for each code past the start.
    private static string Offset(string start, int delta)
    {
        if (delta == 0 || start.Length == 0)
        {
            return start;
        }

        if (start.Length >= 2 && char.IsSurrogatePair(start[^2], start[^1]))
        {
            var scalar = char.ConvertToUtf32(start[^2], start[^1]) + delta;
            return start[..^2] + (scalar <= 0x10FFFF ? char.ConvertFromUtf32(scalar) : string.Empty);
        }

        return start[..^1] + (char)(start[^1] + delta);
    }

    private static string Utf16(byte[] bytes)
    {
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        return Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
    }
}
