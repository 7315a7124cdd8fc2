using Extract.Reading.Pdf.Filters;

namespace Extract.Reading.Pdf;

/// <summary>Reads the objects packed in an object stream (7.5.7): a header of number/offset pairs, then the objects.</summary>
internal static class ObjectStreamReader
{
    public static List<int> ObjectNumbers(PdfStream stream, DecodeBudget budget)
    {
        var data = StreamDecoder.Decode(stream, o => o, budget) ?? [];
        return Header(data, stream).Select(h => h.Number).ToList();
    }

    /// <summary>The objects of a decoded object stream, in order.</summary>
    public static List<(int Number, PdfObject Value)> ReadAll(byte[] data, PdfStream stream, int maxDepth)
    {
        var header = Header(data, stream);
        var first = stream.Dictionary["First"] is PdfNumber f ? f.IntValue : 0;
        var lexer = new Lexer(data);
        var parser = new ObjectParser(lexer, maxDepth);
        var result = new List<(int, PdfObject)>(header.Count);
        foreach (var (number, offset) in header)
        {
            var at = first + offset;
            if (at < 0 || at >= data.Length)
            {
                result.Add((number, PdfNull.Instance));
                continue;
            }

            lexer.Position = at;
            result.Add((number, parser.ReadObject()));
        }

        return result;
    }

    private static List<(int Number, int Offset)> Header(byte[] data, PdfStream stream)
    {
        var count = stream.Dictionary["N"] is PdfNumber n ? Math.Clamp(n.IntValue, 0, 1_000_000) : 0;
        var lexer = new Lexer(data);
        var header = new List<(int, int)>(Math.Min(count, 4096));
        for (var i = 0; i < count; i++)
        {
            var number = lexer.Next();
            var offset = lexer.Next();
            if (number.Kind != TokenKind.Integer || offset.Kind != TokenKind.Integer)
            {
                break;
            }

            header.Add((number.IntNumber, offset.IntNumber));
        }

        return header;
    }
}
