namespace Extract.Reading.Pdf.Filters;

/// <summary>Applies a stream's filter chain (7.4). Image filters (DCT, JPX, CCITT, JBIG2) are not decoded: text
/// extraction has no use for pixels, so such streams read as <see langword="null"/>.</summary>
internal static class StreamDecoder
{
    public static byte[]? Decode(PdfStream stream, Func<PdfObject, PdfObject> resolve, DecodeBudget budget, byte[]? decrypted = null)
    {
        var dictionary = stream.Dictionary;
        var filters = resolve(dictionary["Filter"] ?? PdfNull.Instance) switch
        {
            PdfName n => [n.Value],
            PdfArray a => a.Items.Select(resolve).OfType<PdfName>().Select(n => n.Value).ToArray(),
            _ => Array.Empty<string>(),
        };
        var parameters = resolve(dictionary["DecodeParms"] ?? PdfNull.Instance);
        byte[] data = decrypted ?? stream.RawData.ToArray();
        if (filters.Length == 0)
        {
            budget.Take(0, data.Length);
            return data;
        }

        for (var i = 0; i < filters.Length; i++)
        {
            var p = parameters switch
            {
                PdfDictionary one when i == 0 || filters.Length == 1 => one,
                PdfArray many when i < many.Count => resolve(many[i]) as PdfDictionary,
                _ => null,
            };
            switch (filters[i])
            {
                case "FlateDecode" or "Fl":
                    data = ApplyPredictor(FlateFilter.Decode(data, budget), p, resolve);
                    break;
                case "LZWDecode" or "LZW":
                    var early = p is not null && resolve(p["EarlyChange"] ?? PdfNull.Instance) is PdfNumber { IntValue: 0 } ? false : true;
                    data = ApplyPredictor(LzwFilter.Decode(data, early, budget), p, resolve);
                    break;
                case "ASCIIHexDecode" or "AHx":
                    data = AsciiHexFilter.Decode(data);
                    break;
                case "ASCII85Decode" or "A85":
                    data = Ascii85Filter.Decode(data, budget);
                    break;
                case "RunLengthDecode" or "RL":
                    data = RunLengthFilter.Decode(data, budget);
                    break;
                case "Crypt":
                    break;
                default:
                    return null;
            }
        }

        return data;
    }

    private static byte[] ApplyPredictor(byte[] data, PdfDictionary? p, Func<PdfObject, PdfObject> resolve)
    {
        if (p is null)
        {
            return data;
        }

        int Int(string key, int fallback) => resolve(p[key] ?? PdfNull.Instance) is PdfNumber n ? n.IntValue : fallback;
        return Predictor.Undo(data, Int("Predictor", 1), Int("Colors", 1), Int("BitsPerComponent", 8), Int("Columns", 1));
    }
}
