namespace Extract.Reading.Pdf.Fonts;

/// <summary>Builds <see cref="PdfFont"/>s from font dictionaries, once per font object.</summary>
internal sealed class FontLoader(PdfFile file)
{
    private readonly Dictionary<PdfDictionary, PdfFont> _fonts = new(ReferenceEqualityComparer.Instance);

    public PdfFont Load(PdfDictionary dictionary)
    {
        if (!_fonts.TryGetValue(dictionary, out var font))
        {
            font = Build(dictionary);
            _fonts[dictionary] = font;
        }

        return font;
    }

    private PdfFont Build(PdfDictionary font)
    {
        var subtype = font.NameOf("Subtype");
        var name = file.Resolve(font["BaseFont"]) is PdfName n ? n.Value : subtype ?? "font";
        var toUnicode = file.Resolve(font["ToUnicode"]) is PdfStream s && file.Decode(s) is { } data ? CMap.Parse(data, PredefinedByName) : null;
        if (subtype == "Type0")
        {
            return BuildComposite(font, toUnicode, name);
        }

        var widths = new Dictionary<int, double>();
        var firstChar = file.Resolve(font["FirstChar"]) is PdfNumber fc ? fc.IntValue : 0;
        if (file.Get<PdfArray>(font, "Widths") is { } array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (file.Resolve(array[i]) is PdfNumber w)
                {
                    widths[firstChar + i] = w.Real;
                }
            }
        }

        var descriptor = file.Dictionary(font["FontDescriptor"]);
        var missing = file.Resolve(descriptor?["MissingWidth"]) is PdfNumber mw && mw.Value > 0 ? mw.Real : widths.Count == 0 ? 500 : 0;
        var glyphScale = 0.001;
        if (subtype == "Type3" && file.Get<PdfArray>(font, "FontMatrix") is { Count: 6 } matrix && file.Resolve(matrix[0]) is PdfNumber m0)
        {
            glyphScale = m0.Real;
        }

        return new PdfFont(false, toUnicode, null, PredefinedCMap.None, SimpleTable(font, descriptor), widths, missing, glyphScale, vertical: false, name);
    }

    private string?[]? SimpleTable(PdfDictionary font, PdfDictionary? descriptor)
    {
        var encoding = file.Resolve(font["Encoding"]);
        string?[]? table = encoding switch
        {
            PdfName n => SimpleEncoding.Named(n.Value),
            PdfDictionary d => SimpleEncoding.Named(file.Resolve(d["BaseEncoding"]) is PdfName b ? b.Value : null),
            _ => null,
        };
        if (encoding is PdfDictionary withDifferences && file.Get<PdfArray>(withDifferences, "Differences") is { } differences)
        {
            var code = 0;
            foreach (var item in differences.Items.Select(file.Resolve))
            {
                if (item is PdfNumber number)
                {
                    code = number.IntValue;
                }
                else if (item is PdfName glyph && code is >= 0 and < 256)
                {
                    table![code++] = GlyphNames.ToUnicode(glyph.Value);
                }
            }
        }

        if (table is null)
        {
            // No /Encoding: a non-symbolic font uses the standard encoding; a symbolic one has only its built-in
            // encoding, which says nothing about text.
            var flags = file.Resolve(descriptor?["Flags"]) is PdfNumber f ? f.IntValue : 32;
            var standard14 = descriptor is null;
            table = (flags & 4) == 0 || standard14 ? SimpleEncoding.Named(null) : null;
        }

        return table;
    }

    private PdfFont BuildComposite(PdfDictionary font, CMap? toUnicode, string name)
    {
        var encoding = file.Resolve(font["Encoding"]);
        var predefined = PredefinedCMap.None;
        CMap? encodingCMap = null;
        var vertical = false;
        if (encoding is PdfName encodingName)
        {
            predefined = Predefined(encodingName.Value);
            vertical = encodingName.Value.EndsWith("-V", StringComparison.Ordinal);
            encodingCMap = predefined == PredefinedCMap.Identity ? CMap.Identity : null;
            if (predefined == PredefinedCMap.None)
            {
                // An unknown predefined CMap: two-byte codes are the common case.
                predefined = PredefinedCMap.Identity;
                encodingCMap = CMap.Identity;
            }
        }
        else if (encoding is PdfStream stream && file.Decode(stream) is { } data)
        {
            encodingCMap = CMap.Parse(data, PredefinedByName);
        }
        else
        {
            predefined = PredefinedCMap.Identity;
            encodingCMap = CMap.Identity;
        }

        var descendant = file.Get<PdfArray>(font, "DescendantFonts") is { Count: > 0 } kids ? file.Dictionary(kids[0]) : null;
        var widths = new Dictionary<int, double>();
        var defaultWidth = file.Resolve(descendant?["DW"]) is PdfNumber dw ? dw.Real : 1000;
        if (file.Get<PdfArray>(descendant, "W") is { } w)
        {
            ReadCidWidths(w, widths);
        }

        return new PdfFont(true, toUnicode, encodingCMap, predefined, null, widths, defaultWidth, 0.001, vertical, name);
    }

    // /W: "c [w1 w2 ...]" gives widths from c on; "cfirst clast w" one width for a range.
    private void ReadCidWidths(PdfArray w, Dictionary<int, double> widths)
    {
        var items = w.Items.Select(file.Resolve).ToList();
        for (var i = 0; i < items.Count;)
        {
            if (items[i] is not PdfNumber first)
            {
                i++;
                continue;
            }

            if (i + 1 < items.Count && items[i + 1] is PdfArray list)
            {
                for (var k = 0; k < list.Count; k++)
                {
                    if (file.Resolve(list[k]) is PdfNumber value)
                    {
                        widths[first.IntValue + k] = value.Real;
                    }
                }

                i += 2;
            }
            else if (i + 2 < items.Count && items[i + 1] is PdfNumber last && items[i + 2] is PdfNumber value)
            {
                var count = Math.Min(last.IntValue - first.IntValue, 65535);
                for (var k = 0; k <= count; k++)
                {
                    widths[first.IntValue + k] = value.Real;
                }

                i += 3;
            }
            else
            {
                i++;
            }
        }
    }

    private static PredefinedCMap Predefined(string name) => name switch
    {
        "Identity-H" or "Identity-V" => PredefinedCMap.Identity,
        _ when name.StartsWith("UniGB-UCS2-", StringComparison.Ordinal) || name.StartsWith("UniGB-UTF16-", StringComparison.Ordinal) => PredefinedCMap.Utf16,
        _ when name.StartsWith("GBK-EUC-", StringComparison.Ordinal) || name.StartsWith("GB-EUC-", StringComparison.Ordinal)
               || name.StartsWith("GBKp-EUC-", StringComparison.Ordinal) || name.StartsWith("GBK2K-", StringComparison.Ordinal) => PredefinedCMap.Gbk,
        _ => PredefinedCMap.None,
    };

    private static CMap? PredefinedByName(string name) => name is "Identity-H" or "Identity-V" ? CMap.Identity : null;
}
