using System.Text;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Reads a content stream as tokens, without interpreting it: the bytes of its strings (the text it can show),
/// how often it draws each named XObject (<c>/Name Do</c>) and how much work its damaged operators would cost PdfPig's
/// content parser.</summary>
/// <remarks>For every operator it cannot make an operation of (a name that is no operator, or too few operands) the
/// parser looks back over the operations since the last text object's end or inline image, and one with bad operands
/// also raises and catches an exception: on a page of damaged bytes read as content that is quadratic (a 1 MB page of
/// 15,000 operations and 80,000 damaged operators: 3.5 s).</remarks>
internal static class ContentTokens
{
    /// <summary>An exception raised and caught, in steps of the parser's look-back (about 5 µs against 2.5 ns).</summary>
    internal const long ExceptionSteps = 2_000;

    private static readonly Dictionary<int, (byte Operands, bool Exact)> Operators = OperatorTable();

    public static ContentMeasure Scan(ReadOnlySpan<byte> content)
    {
        var draws = new Dictionary<string, long>(StringComparer.Ordinal);
        long text = 0;
        long recovery = 0;
        long sinceStop = 0;
        var anyOperation = false;
        var operands = 0;
        var depth = 0;
        ulong dictionaries = 0; // bit k: whether what is open at depth k + 1 is a dictionary (arrays otherwise)
        string? name = null;
        var i = 0;

        // An operator the parser cannot make an operation of; it looks back only once it holds an operation.
        void Damaged(bool raises)
        {
            var lookBack = anyOperation ? sinceStop : 0;
            recovery = Math.Min(long.MaxValue / 4, recovery + (raises ? 2 * lookBack + ExceptionSteps : lookBack));
            operands = 0;
        }

        void Operand()
        {
            if (depth == 0)
            {
                operands++;
            }
        }

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
                    Operand();
                    continue;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                case (byte)'[':
                    i += b == '[' ? 1 : 2;
                    if (depth < 64)
                    {
                        dictionaries = b == '<' ? dictionaries | (1UL << depth) : dictionaries & ~(1UL << depth);
                    }

                    depth++;
                    name = null;
                    continue;
                case (byte)'>' when depth > 0 && i + 1 < content.Length && content[i + 1] == '>':
                case (byte)']' when depth > 0:
                    i += b == ']' ? 1 : 2;
                    if (--depth == 0)
                    {
                        operands++;
                    }

                    name = null;
                    continue;
                case (byte)'<':
                    var close = content[i..].IndexOf((byte)'>');
                    var end = close < 0 ? content.Length : i + close + 1;
                    if (close >= 0 && !IsHex(content[(i + 1)..(end - 1)]))
                    {
                        // Not a hex string: the parser gives up where it goes wrong and reads on; what follows the
                        // "<" is taken as tokens (more than the parser may meet, never fewer).
                        i++;
                        continue;
                    }

                    text += (end - i) / 2;
                    i = end;
                    name = null;
                    Operand();
                    continue;
                case (byte)'/':
                    var start = ++i;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    name = NameText(content[start..i]);
                    Operand();
                    continue;
                case (byte)']' or (byte)'{' or (byte)'}' or (byte)')' or (byte)'>':
                    // A delimiter out of place is an operator the parser does not know.
                    i++;
                    name = null;
                    if (depth == 0)
                    {
                        Damaged(raises: false);
                    }

                    continue;
            }

            var tokenStart = i;
            while (i < content.Length && IsRegular(content[i]))
            {
                i++;
            }

            var token = content[tokenStart..i];
            if (IsWord(token))
            {
                Operand();
                name = null;
                continue;
            }

            var number = NumberLength(token);
            if (number > 0)
            {
                // A number runs as far as its digits; what follows it ("5Tj") is a token of its own.
                Operand();
                name = null;
                token = token[number..];
                if (token.IsEmpty)
                {
                    continue;
                }
            }

            if (depth > 0)
            {
                if (depth > 64 || (dictionaries & (1UL << (depth - 1))) == 0)
                {
                    // An array holds what it meets until its "]".
                    name = null;
                    continue;
                }

                // No dictionary holds an operator: taken as the end of the broken one (content the parser may
                // swallow whole instead; counting it keeps the measure an upper bound).
                depth = 0;
                operands = 0;
            }

            if (token.SequenceEqual("Do"u8) && name is not null)
            {
                draws[name] = draws.GetValueOrDefault(name) + 1;
            }

            if (token.SequenceEqual("BI"u8))
            {
                i = SkipInlineImage(content, i);
                anyOperation = true;
                sinceStop = 0;
                operands = 0;
            }
            else if (!Operators.TryGetValue(Key(token), out var arity))
            {
                Damaged(raises: false);
            }
            else if (operands < arity.Operands || (arity.Exact && operands != arity.Operands))
            {
                Damaged(raises: true);
            }
            else
            {
                anyOperation = true;
                sinceStop = token.SequenceEqual("ET"u8) ? 0 : sinceStop + 1;
                operands = 0;
            }

            name = null;
        }

        return new ContentMeasure(text, draws, recovery);
    }

    private static bool IsWord(ReadOnlySpan<byte> token) =>
        token.SequenceEqual("true"u8) || token.SequenceEqual("false"u8) || token.SequenceEqual("null"u8);

    private static int NumberLength(ReadOnlySpan<byte> token)
    {
        var n = token[0] is (byte)'+' or (byte)'-' ? 1 : 0;
        while (n < token.Length && (char.IsAsciiDigit((char)token[n]) || token[n] == '.'))
        {
            n++;
        }

        return n;
    }

    private static bool IsHex(ReadOnlySpan<byte> inside)
    {
        foreach (var c in inside)
        {
            if (!PdfSyntax.IsWhite(c) && !char.IsAsciiHexDigit((char)c))
            {
                return false;
            }
        }

        return true;
    }

    // Operators are one to three bytes: packed into an int, they are looked up without allocating.
    private static int Key(ReadOnlySpan<byte> token) =>
        token.Length is 0 or > 3 ? -1 : token.Length switch
        {
            1 => token[0],
            2 => token[0] | (token[1] << 8),
            _ => token[0] | (token[1] << 8) | (token[2] << 16),
        };

    // The operands each operator needs before PdfPig makes an operation of it (ISO 32000-1 A.2); the text-showing
    // operators and cm take exactly that many.
    private static Dictionary<int, (byte, bool)> OperatorTable()
    {
        var table = new Dictionary<int, (byte, bool)>();
        void Add(string names, byte operands, bool exact = false)
        {
            foreach (var op in names.Split(' '))
            {
                table[Key(Encoding.ASCII.GetBytes(op))] = (operands, exact);
            }
        }

        Add("b B b* B* BT ET BX EX EMC f F f* h n q Q s S W W* T* EI ID sc SC", 0);
        Add("BMC MP CS cs Do G g gs i j J M ri sh Tc TL Tr Ts Tw Tz w scn SCN", 1);
        Add("Tj TJ '", 1, exact: true);
        Add("d d0 BDC DP l m Tf Td TD", 2);
        Add("RG rg", 3);
        Add("\"", 3, exact: true);
        Add("K k v y re", 4);
        Add("c d1 Tm", 6);
        Add("cm", 6, exact: true);
        return table;
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

/// <summary>What <see cref="ContentTokens.Scan"/> found in one content stream.</summary>
/// <param name="TextBytes">Bytes of the strings it shows.</param>
/// <param name="Draws">How often it draws each named XObject.</param>
/// <param name="RecoverySteps">Steps PdfPig's parser would spend on its damaged operators.</param>
internal readonly record struct ContentMeasure(long TextBytes, Dictionary<string, long> Draws, long RecoverySteps);
