using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Tells, from a font's dictionary, whether its codes can be decoded to characters at all. PdfPig always
/// returns some text (the code itself where nothing maps it), and that text looks plausible; the dictionary is what
/// says whether it means anything. A composite font whose codes are glyph or CID numbers of its own (Identity-H/V or an
/// embedded CMap, <c>Adobe-Identity</c> CIDs) with no ToUnicode map has no way to the characters; one whose CIDs are
/// those of a published character collection (Adobe-GB1, -CNS1, -Japan1, -Korea1, -KR) has, through the collection's
/// Unicode map, and so has one with a predefined Unicode or GB CMap (UniGB-UCS2-H, GBK-EUC-H...).</summary>
internal sealed class FontVerdicts(PdfDocument document)
{
    private static readonly HashSet<string> Collections = new(StringComparer.Ordinal) { "GB1", "CNS1", "Japan1", "Japan2", "Korea1", "KR" };

    private readonly ObjectLookup _lookup = new(document);
    private readonly Dictionary<IndirectReference, bool> _undecodable = [];

    /// <summary>Whether the font dictionary at <paramref name="reference"/> gives no way from its codes to characters.</summary>
    public bool IsUndecodable(IndirectReference? reference)
    {
        if (reference is not { } r)
        {
            return false;
        }

        if (!_undecodable.TryGetValue(r, out var verdict))
        {
            try
            {
                verdict = _lookup.Resolve(new IndirectReferenceToken(r)) is DictionaryToken font && IsUndecodable(font);
            }
            catch (Exception e) when (e is not OperationCanceledException and not PdfLimitException)
            {
                // A font dictionary that cannot be read leaves the verdict to its letters.
                verdict = false;
            }

            _undecodable[r] = verdict;
        }

        return verdict;
    }

    /// <summary>The verdict on one font dictionary.</summary>
    public bool IsUndecodable(DictionaryToken font)
    {
        if (_lookup.Name(font, "Subtype") != "Type0" || _lookup.Entry(font, "ToUnicode") is StreamToken)
        {
            // Simple fonts decode through their encoding and glyph names; what those miss shows in the letters.
            return false;
        }

        var encoding = _lookup.Entry(font, "Encoding");
        var ownCodes = encoding switch
        {
            NameToken n => n.Data is "Identity-H" or "Identity-V",
            StreamToken s => !Collections.Contains(Ordering(s.StreamDictionary) ?? "Identity"),
            _ => true,
        };
        if (!ownCodes)
        {
            return false;
        }

        var descendant = _lookup.Entry(font, "DescendantFonts") is ArrayToken { Length: > 0 } kids ? _lookup.Resolve(kids.Data[0]) as DictionaryToken : null;
        return descendant is null || !Collections.Contains(Ordering(descendant) ?? "Identity");
    }

    private string? Ordering(DictionaryToken dictionary) =>
        _lookup.Entry(dictionary, "CIDSystemInfo") is DictionaryToken info && _lookup.Entry(info, "Ordering") is StringToken ordering ? ordering.Data : null;
}
