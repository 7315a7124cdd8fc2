namespace Extract.Reading.Pdf;

/// <summary>Builds objects from tokens (7.3): arrays, dictionaries, references, streams and indirect objects.</summary>
internal sealed class ObjectParser(Lexer lexer, int maxDepth, Func<PdfObject, int?>? resolveLength = null)
{
    private static ReadOnlySpan<byte> R => "R"u8;

    public Lexer Lexer { get; } = lexer;

    public PdfObject ReadObject() => ReadObject(Lexer.Next(), 0);

    /// <summary>Reads <c>N G obj ... endobj</c> at the lexer's position.</summary>
    public (ObjectId Id, PdfObject Value) ReadIndirect()
    {
        var number = Lexer.Next();
        var generation = Lexer.Next();
        var obj = Lexer.Next();
        var d = Lexer.Data.Span;
        if (number.Kind != TokenKind.Integer || generation.Kind != TokenKind.Integer || !obj.IsKeyword(d, "obj"u8))
        {
            throw new PdfFormatException($"no object header at offset {number.Start}");
        }

        var id = new ObjectId(number.IntNumber, generation.IntNumber);
        var value = ReadObject();
        var saved = Lexer.Position;
        var next = Lexer.Next();
        if (value is PdfDictionary dictionary && next.IsKeyword(d, "stream"u8))
        {
            return (id, new PdfStream(dictionary, ReadStreamData(dictionary, id)) { Id = id });
        }

        Lexer.Position = saved;
        return (id, value);
    }

    private ReadOnlyMemory<byte> ReadStreamData(PdfDictionary dictionary, ObjectId id)
    {
        var d = Lexer.Data.Span;
        var p = Lexer.Position;
        if (p < d.Length && d[p] == 13)
        {
            p++;
        }

        if (p < d.Length && d[p] == 10)
        {
            p++;
        }

        var length = dictionary["Length"] is { } l ? resolveLength?.Invoke(l) ?? (l as PdfNumber)?.IntValue : null;
        if (length is { } n && n >= 0 && p + n <= d.Length && EndstreamFollows(d, p + n))
        {
            Lexer.Position = p + n;
            SkipEndstream();
            return Lexer.Data.Slice(p, n);
        }

        // A wrong or missing /Length: the data runs to the next "endstream".
        var end = d[p..].IndexOf("endstream"u8);
        if (end < 0)
        {
            // A file cut short inside a stream: what is there is the stream.
            Lexer.Position = d.Length;
            return Lexer.Data[p..];
        }

        var dataEnd = p + end;
        Lexer.Position = dataEnd;
        SkipEndstream();
        while (dataEnd > p && d[dataEnd - 1] is 10 or 13)
        {
            dataEnd--;
            if (d[dataEnd] == 10 && dataEnd > p && d[dataEnd - 1] == 13)
            {
                dataEnd--;
            }

            break;
        }

        return Lexer.Data[p..dataEnd];
    }

    private static bool EndstreamFollows(ReadOnlySpan<byte> d, int p)
    {
        while (p < d.Length && Lexer.IsWhite(d[p]))
        {
            p++;
        }

        return d[p..].StartsWith("endstream"u8);
    }

    private void SkipEndstream()
    {
        var saved = Lexer.Position;
        if (!Lexer.Next().IsKeyword(Lexer.Data.Span, "endstream"u8))
        {
            Lexer.Position = saved;
        }
    }

    public PdfObject ReadObject(Token token, int depth)
    {
        if (depth > maxDepth)
        {
            throw new PdfFormatException($"objects nested deeper than {maxDepth} levels");
        }

        var d = Lexer.Data.Span;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                return ReadNumberOrReference(token);
            case TokenKind.Real:
                return new PdfNumber(token.Number, false);
            case TokenKind.LiteralString or TokenKind.HexString:
                return new PdfString(Lexer.StringBytes(token));
            case TokenKind.Name:
                return new PdfName(Lexer.NameText(token));
            case TokenKind.ArrayOpen:
                var items = new List<PdfObject>();
                while (true)
                {
                    var t = Lexer.Next();
                    if (t.Kind is TokenKind.ArrayClose or TokenKind.EndOfInput)
                    {
                        return new PdfArray(items);
                    }

                    if (t.Kind == TokenKind.DictionaryClose || IsObjectEnd(t, d))
                    {
                        Lexer.Position = t.Start;
                        return new PdfArray(items);
                    }

                    items.Add(ReadObject(t, depth + 1));
                }

            case TokenKind.DictionaryOpen:
                var entries = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
                while (true)
                {
                    var key = Lexer.Next();
                    if (key.Kind is TokenKind.DictionaryClose or TokenKind.EndOfInput)
                    {
                        return new PdfDictionary(entries);
                    }

                    if (key.Kind != TokenKind.Name)
                    {
                        if (IsObjectEnd(key, d))
                        {
                            Lexer.Position = key.Start;
                            return new PdfDictionary(entries);
                        }

                        // Skip junk where a key should be.
                        continue;
                    }

                    var valueToken = Lexer.Next();
                    if (valueToken.Kind == TokenKind.DictionaryClose)
                    {
                        return new PdfDictionary(entries);
                    }

                    var value = ReadObject(valueToken, depth + 1);
                    if (value is not PdfNull)
                    {
                        entries[Lexer.NameText(key)] = value;
                    }
                }

            case TokenKind.Keyword:
                if (token.IsKeyword(d, "true"u8))
                {
                    return PdfBoolean.True;
                }

                if (token.IsKeyword(d, "false"u8))
                {
                    return PdfBoolean.False;
                }

                return PdfNull.Instance;
            default:
                return PdfNull.Instance;
        }
    }

    private static bool IsObjectEnd(Token t, ReadOnlySpan<byte> d) =>
        t.IsKeyword(d, "endobj"u8) || t.IsKeyword(d, "stream"u8) || t.IsKeyword(d, "endstream"u8);

    private PdfObject ReadNumberOrReference(Token token)
    {
        var saved = Lexer.Position;
        var generation = Lexer.Next();
        if (generation.Kind == TokenKind.Integer && token.Number >= 0 && generation.Number >= 0)
        {
            var r = Lexer.Next();
            if (r.IsKeyword(Lexer.Data.Span, R))
            {
                return new PdfReference(new ObjectId(token.IntNumber, generation.IntNumber));
            }
        }

        Lexer.Position = saved;
        return new PdfNumber(token.Number, true);
    }
}
