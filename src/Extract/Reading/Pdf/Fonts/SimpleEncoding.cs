using System.Text;

namespace Extract.Reading.Pdf.Fonts;

/// <summary>The byte-to-text tables of simple fonts (Annex D): WinAnsi, MacRoman, Standard, overlaid by
/// <c>/Differences</c> glyph names.</summary>
internal static class SimpleEncoding
{
    private static readonly Lazy<string?[]> WinAnsiTable = new(() => FromCodePage(1252));
    private static readonly Lazy<string?[]> MacRomanTable = new(() => FromCodePage(10000));
    private static readonly Lazy<string?[]> StandardTable = new(BuildStandard);

    public static string?[] WinAnsi => (string?[])WinAnsiTable.Value.Clone();

    /// <summary>The table of a named base encoding (a fresh copy the caller may overlay).</summary>
    public static string?[] Named(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => (string?[])MacRomanTable.Value.Clone(),
        "MacExpertEncoding" => (string?[])StandardTable.Value.Clone(),
        _ => (string?[])StandardTable.Value.Clone(),
    };

    private static string?[] FromCodePage(int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1;
        var table = new string?[256];
        for (var i = 32; i < 256; i++)
        {
            var text = encoding.GetString([(byte)i]);
            table[i] = text is "\uFFFD" or "?" && i != '?' ? null : text;
        }

        if (codePage == 1252)
        {
            // WinAnsi draws these codes as bullets or spaces where Windows leaves them undefined.
            table[0xA0] = " ";
            table[0xAD] = "-";
        }

        return table;
    }

    // StandardEncoding is ASCII with curly quotes at 0x27 and 0x60, and its own upper half; the letters and
    // punctuation of English text are what matters here.
    private static string?[] BuildStandard()
    {
        var table = new string?[256];
        for (var i = 32; i < 127; i++)
        {
            table[i] = ((char)i).ToString();
        }

        table[0x27] = "\u2019";
        table[0x60] = "\u2018";
        (int Code, string Text)[] upper =
        [
            (0xA1, "\u00A1"), (0xA2, "\u00A2"), (0xA3, "\u00A3"), (0xA4, "\u2044"), (0xA5, "\u00A5"), (0xA6, "\u0192"),
            (0xA7, "\u00A7"), (0xA8, "\u00A4"), (0xA9, "'"), (0xAA, "\u201C"), (0xAB, "\u00AB"), (0xAC, "\u2039"),
            (0xAD, "\u203A"), (0xAE, "fi"), (0xAF, "fl"), (0xB1, "\u2013"), (0xB2, "\u2020"), (0xB3, "\u2021"),
            (0xB4, "\u00B7"), (0xB6, "\u00B6"), (0xB7, "\u2022"), (0xB8, "\u201A"), (0xB9, "\u201E"), (0xBA, "\u201D"),
            (0xBB, "\u00BB"), (0xBC, "\u2026"), (0xBD, "\u2030"), (0xBF, "\u00BF"), (0xD0, "\u2014"), (0xE1, "\u00C6"),
            (0xE8, "\u0141"), (0xE9, "\u00D8"), (0xEA, "\u0152"), (0xF1, "\u00E6"), (0xF5, "\u0131"), (0xF8, "\u0142"),
            (0xF9, "\u00F8"), (0xFA, "\u0153"), (0xFB, "\u00DF"),
        ];
        foreach (var (code, text) in upper)
        {
            table[code] = text;
        }

        return table;
    }
}
