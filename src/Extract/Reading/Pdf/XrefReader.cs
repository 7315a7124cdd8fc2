using Extract.Reading.Pdf.Filters;

namespace Extract.Reading.Pdf;

/// <summary>Reads the cross-reference data (7.5.4–7.5.8): classic tables and xref streams, hybrid files, the
/// <c>/Prev</c> chain of incremental updates; when <c>startxref</c> or the tables are broken, rebuilds the table by
/// scanning the file for <c>N G obj</c> (as viewers do).</summary>
internal static class XrefReader
{
    private const int MaxSections = 256;

    public static XrefTable Read(ReadOnlyMemory<byte> data, PdfLimits limits, DecodeBudget budget)
    {
        try
        {
            var table = ReadChain(data, limits, budget);
            if (table is not null && table.Trailer["Root"] is PdfReference && table.Entries.Count > 0)
            {
                return table;
            }
        }
        catch (PdfFormatException)
        {
            // Fall through to the repair scan.
        }
        catch (ArgumentOutOfRangeException)
        {
        }
        catch (IndexOutOfRangeException)
        {
        }

        return Scan(data, limits, budget);
    }

    private static XrefTable? ReadChain(ReadOnlyMemory<byte> data, PdfLimits limits, DecodeBudget budget)
    {
        var span = data.Span;
        var tailStart = Math.Max(0, span.Length - 2048);
        var at = span[tailStart..].LastIndexOf("startxref"u8);
        if (at < 0)
        {
            return null;
        }

        var lexer = new Lexer(data) { Position = tailStart + at + 9 };
        var offsetToken = lexer.Next();
        if (offsetToken.Kind != TokenKind.Integer)
        {
            return null;
        }

        var entries = new Dictionary<int, XrefEntry>();
        var trailer = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        var visited = new HashSet<long>();
        var queue = new Queue<long>();
        queue.Enqueue(offsetToken.LongNumber);
        while (queue.Count > 0)
        {
            var offset = queue.Dequeue();
            if (offset < 0 || offset >= span.Length)
            {
                return null;
            }

            // A /Prev that points back at a section already read (or an absurd chain of them) ends the chain.
            if (!visited.Add(offset) || visited.Count > MaxSections)
            {
                continue;
            }

            var known = new HashSet<int>(entries.Keys);
            var section = ReadSection(data, offset, limits, budget, entries);
            if (section is null)
            {
                return null;
            }

            foreach (var (key, value) in section.Entries)
            {
                trailer.TryAdd(key, value);
            }

            // A hybrid file's xref stream comes before the /Prev of the classic section that names it.
            if (section["XRefStm"] is PdfNumber xrefStream)
            {
                var stream = (long)xrefStream.Value;
                if (stream >= 0 && stream < span.Length && visited.Add(stream))
                {
                    // Its entries stand for objects the classic table of the same revision lists as free.
                    foreach (var free in entries.Where(e => !known.Contains(e.Key) && e.Value.Offset < 0 && !e.Value.InObjectStream).Select(e => e.Key).ToList())
                    {
                        entries.Remove(free);
                    }

                    ReadSection(data, stream, limits, budget, entries);
                }
            }

            if (section["Prev"] is PdfNumber prev)
            {
                queue.Enqueue((long)prev.Value);
            }
        }

        trailer.Remove("Prev");
        trailer.Remove("XRefStm");
        return new XrefTable(entries, new PdfDictionary(trailer), repaired: false);
    }

    // Reads one section; entries already known (from newer sections) are kept. Returns its trailer dictionary.
    private static PdfDictionary? ReadSection(ReadOnlyMemory<byte> data, long offset, PdfLimits limits, DecodeBudget budget, Dictionary<int, XrefEntry> entries)
    {
        var lexer = new Lexer(data) { Position = (int)offset };
        var first = lexer.Peek();
        if (first.IsKeyword(data.Span, "xref"u8))
        {
            lexer.Next();
            return ReadClassic(lexer, limits, entries);
        }

        var parser = new ObjectParser(lexer, limits.MaxNestingDepth);
        var (_, value) = parser.ReadIndirect();
        if (value is not PdfStream stream || stream.Dictionary.NameOf("Type") != "XRef")
        {
            return null;
        }

        ReadXrefStream(stream, budget, entries);
        return stream.Dictionary;
    }

    private static PdfDictionary? ReadClassic(Lexer lexer, PdfLimits limits, Dictionary<int, XrefEntry> entries)
    {
        var d = lexer.Data.Span;
        while (true)
        {
            var start = lexer.Next();
            if (start.IsKeyword(d, "trailer"u8))
            {
                return new ObjectParser(lexer, limits.MaxNestingDepth).ReadObject() as PdfDictionary;
            }

            var count = lexer.Next();
            if (start.Kind != TokenKind.Integer || count.Kind != TokenKind.Integer || count.Number < 0 || start.Number < 0)
            {
                return null;
            }

            for (var i = 0; i < count.IntNumber; i++)
            {
                var offset = lexer.Next();
                var generation = lexer.Next();
                var kind = lexer.Next();
                if (offset.Kind != TokenKind.Integer || generation.Kind != TokenKind.Integer || kind.Kind != TokenKind.Keyword)
                {
                    return null;
                }

                var number = start.IntNumber + i;
                if (kind.IsKeyword(d, "n"u8))
                {
                    entries.TryAdd(number, XrefEntry.InFile(offset.LongNumber, generation.IntNumber));
                }
                else
                {
                    // A free entry in a newer section hides the object of older ones.
                    entries.TryAdd(number, new XrefEntry(-1, -1, 0, 0));
                }
            }
        }
    }

    private static void ReadXrefStream(PdfStream stream, DecodeBudget budget, Dictionary<int, XrefEntry> entries)
    {
        var dictionary = stream.Dictionary;
        var bytes = StreamDecoder.Decode(stream, o => o, budget) ?? throw new PdfFormatException("unreadable xref stream", stream.Id.Number);
        if (dictionary["W"] is not PdfArray { Count: 3 } w)
        {
            throw new PdfFormatException("xref stream without /W", stream.Id.Number);
        }

        var widths = new int[3];
        for (var k = 0; k < 3; k++)
        {
            widths[k] = w[k] is PdfNumber n ? Math.Clamp(n.IntValue, 0, 8) : 0;
        }

        var size = dictionary["Size"] is PdfNumber s ? s.IntValue : 0;
        var index = dictionary["Index"] is PdfArray ix ? ix.Items.OfType<PdfNumber>().Select(n => n.IntValue).ToArray() : [0, size];
        var rowLength = widths[0] + widths[1] + widths[2];
        if (rowLength == 0)
        {
            return;
        }

        var position = 0;
        for (var pair = 0; pair + 1 < index.Length; pair += 2)
        {
            for (var i = 0; i < index[pair + 1] && position + rowLength <= bytes.Length; i++, position += rowLength)
            {
                var row = bytes.AsSpan(position, rowLength);
                var type = widths[0] == 0 ? 1 : Field(row[..widths[0]]);
                var field2 = Field(row.Slice(widths[0], widths[1]));
                var field3 = Field(row.Slice(widths[0] + widths[1], widths[2]));
                var number = index[pair] + i;
                switch (type)
                {
                    case 0:
                        entries.TryAdd(number, new XrefEntry(-1, -1, 0, 0));
                        break;
                    case 1:
                        entries.TryAdd(number, XrefEntry.InFile(field2, (int)field3));
                        break;
                    case 2:
                        entries.TryAdd(number, XrefEntry.InStream((int)field2, (int)field3));
                        break;
                }
            }
        }
    }

    private static long Field(ReadOnlySpan<byte> bytes)
    {
        long value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>Rebuilds the table from the objects found in the file; a later definition of an object wins, as in
    /// an incremental update.</summary>
    public static XrefTable Scan(ReadOnlyMemory<byte> data, PdfLimits limits, DecodeBudget budget)
    {
        var d = data.Span;
        var entries = new Dictionary<int, XrefEntry>();
        var position = 0;
        while (true)
        {
            var found = d[position..].IndexOf("obj"u8);
            if (found < 0)
            {
                break;
            }

            var at = position + found;
            position = at + 3;
            if (at + 3 < d.Length && Lexer.IsRegular(d[at + 3]))
            {
                continue;
            }

            if (TryObjectHeader(d, at, out var start, out var number, out var generation))
            {
                entries[number] = XrefEntry.InFile(start, generation);
            }
        }

        var trailer = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        position = d.Length;
        while (position > 0)
        {
            var at = d[..position].LastIndexOf("trailer"u8);
            if (at < 0)
            {
                break;
            }

            position = at;
            try
            {
                var lexer = new Lexer(data) { Position = at + 7 };
                if (new ObjectParser(lexer, limits.MaxNestingDepth).ReadObject() is PdfDictionary t)
                {
                    foreach (var (key, value) in t.Entries)
                    {
                        trailer.TryAdd(key, value);
                    }
                }
            }
            catch (PdfFormatException)
            {
            }
        }

        AddFromStreams(data, limits, budget, entries, trailer);
        trailer.Remove("Prev");
        trailer.Remove("XRefStm");
        if (entries.Count == 0)
        {
            throw new PdfFormatException("no objects found: the file is not a PDF or is damaged beyond repair");
        }

        return new XrefTable(entries, new PdfDictionary(trailer), repaired: true);
    }

    // Xref streams give a trailer (and the objects of object streams); a catalog found by type gives the root.
    private static void AddFromStreams(ReadOnlyMemory<byte> data, PdfLimits limits, DecodeBudget budget, Dictionary<int, XrefEntry> entries, Dictionary<string, PdfObject> trailer)
    {
        var inStreams = new Dictionary<int, XrefEntry>();
        PdfReference? catalog = null;
        foreach (var (number, entry) in entries.OrderBy(e => e.Value.Offset))
        {
            PdfObject value;
            try
            {
                value = new ObjectParser(new Lexer(data) { Position = (int)entry.Offset }, limits.MaxNestingDepth).ReadIndirect().Value;
            }
            catch (PdfFormatException)
            {
                continue;
            }

            var dictionary = value switch
            {
                PdfStream s => s.Dictionary,
                PdfDictionary dd => dd,
                _ => null,
            };
            switch (dictionary?.NameOf("Type"))
            {
                case "XRef":
                    foreach (var (key, v) in dictionary.Entries)
                    {
                        if (key is "Root" or "Info" or "ID" or "Encrypt")
                        {
                            trailer[key] = v;
                        }
                    }

                    break;
                case "ObjStm" when value is PdfStream objectStream:
                    try
                    {
                        var numbers = ObjectStreamReader.ObjectNumbers(objectStream, budget);
                        for (var i = 0; i < numbers.Count; i++)
                        {
                            inStreams[numbers[i]] = XrefEntry.InStream(number, i);
                        }
                    }
                    catch (PdfFormatException)
                    {
                    }

                    break;
                case "Catalog":
                    catalog = new PdfReference(new ObjectId(number, entry.Generation));
                    break;
            }
        }

        foreach (var (number, entry) in inStreams)
        {
            entries.TryAdd(number, entry);
        }

        if (catalog is not null && (trailer.GetValueOrDefault("Root") is not PdfReference root || !entries.ContainsKey(root.Id.Number)))
        {
            trailer["Root"] = catalog;
        }
    }

    // Walks back from "obj" over "N G " and checks that it starts a line or follows a delimiter.
    internal static bool TryObjectHeader(ReadOnlySpan<byte> d, int objAt, out int start, out int number, out int generation)
    {
        start = number = generation = 0;
        var p = objAt - 1;
        if (p < 0 || !Lexer.IsWhite(d[p]))
        {
            return false;
        }

        while (p >= 0 && Lexer.IsWhite(d[p]))
        {
            p--;
        }

        var genEnd = p + 1;
        while (p >= 0 && d[p] is >= (byte)'0' and <= (byte)'9')
        {
            p--;
        }

        if (p + 1 == genEnd || genEnd - (p + 1) > 5 || p < 0 || !Lexer.IsWhite(d[p]))
        {
            return false;
        }

        generation = ParseInt(d[(p + 1)..genEnd]);
        while (p >= 0 && Lexer.IsWhite(d[p]))
        {
            p--;
        }

        var numEnd = p + 1;
        while (p >= 0 && d[p] is >= (byte)'0' and <= (byte)'9')
        {
            p--;
        }

        if (p + 1 == numEnd || numEnd - (p + 1) > 9 || (p >= 0 && Lexer.IsRegular(d[p])))
        {
            return false;
        }

        number = ParseInt(d[(p + 1)..numEnd]);
        start = p + 1;
        return true;
    }

    private static int ParseInt(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
