using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Reads entries of a document's dictionaries, following indirect references (a bounded number of hops, so
/// that a chain of references cannot loop).</summary>
internal sealed class ObjectLookup(PdfDocument document)
{
    private const int MaxHops = 32;

    /// <summary>The object <paramref name="token"/> stands for, or <see langword="null"/> where references lead nowhere.</summary>
    public IToken? Resolve(IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < MaxHops; hops++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }

        return token is IndirectReferenceToken ? null : token;
    }

    /// <summary>The entry <paramref name="key"/> as written (a reference is not followed).</summary>
    public static IToken? Get(DictionaryToken dictionary, string key) => dictionary.Data.TryGetValue(key, out var value) ? value : null;

    /// <summary>The object the entry <paramref name="key"/> is, or refers to.</summary>
    public IToken? Entry(DictionaryToken dictionary, string key) => Resolve(Get(dictionary, key));

    /// <summary>The entry <paramref name="key"/> when it is, or refers to, a name.</summary>
    public string? Name(DictionaryToken dictionary, string key) => Entry(dictionary, key) is NameToken n ? n.Data : null;
}
