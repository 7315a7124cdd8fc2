using System.Globalization;
using System.Text;

namespace Extract.Reading.Pdf.Fonts;

/// <summary>Glyph names to Unicode (the Adobe Glyph List conventions, 9.10.2): the names of Latin text, accented
/// letters built from their base letter and accent name, <c>uniXXXX</c>, <c>uXXXX[XX]</c>, and suffixes
/// (<c>a.sc</c>, <c>f_i</c>).</summary>
internal static class GlyphNames
{
    private static readonly Dictionary<string, string> Names = Build();

    public static string? ToUnicode(string name)
    {
        if (Names.TryGetValue(name, out var text))
        {
            return text;
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }

        if (name.Contains('_', StringComparison.Ordinal))
        {
            var parts = name.Split('_').Select(ToUnicode).ToArray();
            return parts.All(p => p is not null) ? string.Concat(parts) : null;
        }

        if (name.StartsWith("uni", StringComparison.Ordinal) && name.Length >= 7 && (name.Length - 3) % 4 == 0)
        {
            var builder = new StringBuilder();
            for (var i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                {
                    return null;
                }

                builder.Append((char)unit);
            }

            return builder.ToString();
        }

        if (name.Length is >= 5 and <= 7 && name[0] == 'u'
            && int.TryParse(name.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar)
            && scalar <= 0x10FFFF && scalar is < 0xD800 or > 0xDFFF)
        {
            return char.ConvertFromUtf32(scalar);
        }

        return null;
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] ascii =
        [
            "space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand", "quotesingle", "parenleft",
            "parenright", "asterisk", "plus", "comma", "hyphen", "period", "slash", "zero", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "colon", "semicolon", "less", "equal", "greater", "question", "at",
        ];
        for (var i = 0; i < ascii.Length; i++)
        {
            names[ascii[i]] = ((char)(0x20 + i)).ToString();
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            names[c.ToString()] = c.ToString();
            names[char.ToLowerInvariant(c).ToString()] = char.ToLowerInvariant(c).ToString();
        }

        string[] more =
        [
            "bracketleft [", "backslash \\", "bracketright ]", "asciicircum ^", "underscore _", "grave `", "braceleft {",
            "bar |", "braceright }", "asciitilde ~", "quoteleft \u2018", "quoteright \u2019", "quotedblleft \u201C",
            "quotedblright \u201D", "quotesinglbase \u201A", "quotedblbase \u201E", "endash \u2013", "emdash \u2014",
            "bullet \u2022", "ellipsis \u2026", "dagger \u2020", "daggerdbl \u2021", "trademark \u2122", "copyright \u00A9",
            "registered \u00AE", "degree \u00B0", "section \u00A7", "paragraph \u00B6", "periodcentered \u00B7",
            "middot \u00B7", "fi fi", "fl fl", "ff ff", "ffi ffi", "ffl ffl", "Euro \u20AC", "sterling \u00A3", "yen \u00A5",
            "cent \u00A2", "florin \u0192", "guilsinglleft \u2039", "guilsinglright \u203A", "guillemotleft \u00AB",
            "guillemotright \u00BB", "perthousand \u2030", "dotlessi \u0131", "circumflex \u02C6", "tilde \u02DC",
            "macron \u00AF", "breve \u02D8", "dotaccent \u02D9", "ring \u02DA", "cedilla \u00B8", "hungarumlaut \u02DD",
            "ogonek \u02DB", "caron \u02C7", "minus \u2212", "multiply \u00D7", "divide \u00F7", "plusminus \u00B1",
            "onehalf \u00BD", "onequarter \u00BC", "threequarters \u00BE", "exclamdown \u00A1", "questiondown \u00BF",
            "currency \u00A4", "brokenbar \u00A6", "dieresis \u00A8", "ordfeminine \u00AA", "ordmasculine \u00BA",
            "logicalnot \u00AC", "acute \u00B4", "mu \u00B5", "onesuperior \u00B9", "twosuperior \u00B2",
            "threesuperior \u00B3", "AE \u00C6", "ae \u00E6", "Oslash \u00D8", "oslash \u00F8", "OE \u0152", "oe \u0153",
            "germandbls \u00DF", "Eth \u00D0", "eth \u00F0", "Thorn \u00DE", "thorn \u00FE", "Lslash \u0141",
            "lslash \u0142", "nbspace \u00A0", "sfthyphen \u00AD", "uni00A0 \u00A0", "fraction \u2044", "minute \u2032",
            "second \u2033", "lozenge \u25CA", "notequal \u2260", "lessequal \u2264", "greaterequal \u2265",
            "infinity \u221E", "summation \u2211", "product \u220F", "radical \u221A", "partialdiff \u2202",
            "integral \u222B", "approxequal \u2248", "Delta \u2206", "Omega \u2126", "pi \u03C0", "arrowright \u2192",
            "arrowleft \u2190", "arrowup \u2191", "arrowdown \u2193", "dotlessj \u0237", "figuredash \u2012",
            "quotereversed \u201B", "onedotenleader \u2024", "twodotenleader \u2025",
        ];
        foreach (var entry in more)
        {
            var space = entry.IndexOf(' ', StringComparison.Ordinal);
            names[entry[..space]] = entry[(space + 1)..];
        }

        // Accented Latin letters are named after their letter and accent: eacute, Ccedilla, scaron.
        var accents = new Dictionary<char, string>
        {
            ['\u0300'] = "grave", ['\u0301'] = "acute", ['\u0302'] = "circumflex", ['\u0303'] = "tilde", ['\u0304'] = "macron",
            ['\u0306'] = "breve", ['\u0307'] = "dotaccent", ['\u0308'] = "dieresis", ['\u030A'] = "ring",
            ['\u030B'] = "hungarumlaut", ['\u030C'] = "caron", ['\u0327'] = "cedilla", ['\u0328'] = "ogonek",
        };
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length == 2 && char.IsAsciiLetter(decomposed[0]) && accents.TryGetValue(decomposed[1], out var accent))
            {
                names.TryAdd(decomposed[0] + accent, c.ToString());
            }
        }

        return names;
    }
}
