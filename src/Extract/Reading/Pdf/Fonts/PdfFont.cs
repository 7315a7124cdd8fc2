using System.Text;

namespace Extract.Reading.Pdf.Fonts;

/// <summary>A font as text extraction needs it (9.5–9.10): how a string splits into codes, what text each code
/// stands for, and how far each advances.</summary>
internal sealed class PdfFont
{
    private static readonly Lazy<Encoding> Gbk = new(() => CodePagesEncodingProvider.Instance.GetEncoding(936) ?? Encoding.UTF8);

    private readonly CMap? _toUnicode;
    private readonly CMap? _encodingCMap;
    private readonly PredefinedCMap _predefined;
    private readonly string?[]? _simpleEncoding;
    private readonly Dictionary<int, double> _widths;
    private readonly double _defaultWidth;
    private readonly Dictionary<long, string?> _decoded = [];

    public PdfFont(
        bool composite,
        CMap? toUnicode,
        CMap? encodingCMap,
        PredefinedCMap predefined,
        string?[]? simpleEncoding,
        Dictionary<int, double> widths,
        double defaultWidth,
        double glyphScale,
        bool vertical,
        string name)
    {
        IsComposite = composite;
        _toUnicode = toUnicode;
        _encodingCMap = encodingCMap;
        _predefined = predefined;
        _simpleEncoding = simpleEncoding;
        _widths = widths;
        _defaultWidth = defaultWidth;
        GlyphScale = glyphScale;
        IsVertical = vertical;
        Name = name;
    }

    public bool IsComposite { get; }

    public bool IsVertical { get; }

    public string Name { get; }

    /// <summary>Glyph space to text space: 1/1000 for most fonts, the font matrix for Type 3.</summary>
    public double GlyphScale { get; }

    /// <summary>Reads the next code of <paramref name="bytes"/>; returns its length.</summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, out uint code)
    {
        if (!IsComposite)
        {
            code = bytes[0];
            return 1;
        }

        switch (_predefined)
        {
            case PredefinedCMap.Gbk:
                var length = bytes[0] < 0x80 || bytes.Length < 2 ? 1 : 2;
                code = length == 1 ? bytes[0] : (uint)((bytes[0] << 8) | bytes[1]);
                return length;
            case PredefinedCMap.Identity or PredefinedCMap.Utf16:
                if (bytes.Length < 2)
                {
                    code = bytes[0];
                    return 1;
                }

                code = (uint)((bytes[0] << 8) | bytes[1]);
                return 2;
        }

        return (_encodingCMap ?? CMap.Identity).ReadCode(bytes, out code);
    }

    /// <summary>The text of a code, or null when nothing says what it is.</summary>
    public string? Decode(uint code, int length)
    {
        var key = ((long)length << 32) | code;
        if (_decoded.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var text = DecodeUncached(code, length);
        if (text is not null)
        {
            text = UnicodeFixes.Apply(text);
        }

        _decoded[key] = text;
        return text;
    }

    private string? DecodeUncached(uint code, int length)
    {
        if (_toUnicode?.Lookup(code, length) is { } mapped)
        {
            return mapped;
        }

        if (!IsComposite)
        {
            return _simpleEncoding?[code & 0xFF];
        }

        return _predefined switch
        {
            PredefinedCMap.Utf16 => ((char)code).ToString(),
            PredefinedCMap.Gbk => length == 1 ? ((char)code).ToString() : Gbk.Value.GetString([(byte)(code >> 8), (byte)code]),
            _ => null,
        };
    }

    /// <summary>The advance of a code in text space units (before the font size).</summary>
    public double Width(uint code, int length)
    {
        var key = IsComposite ? _encodingCMap?.Cid(code, length) ?? (int)code : (int)code;
        return (_widths.TryGetValue(key, out var w) ? w : _defaultWidth) * GlyphScale;
    }
}
