namespace Extract.Reading.Pdf;

/// <summary>A dictionary object; values may be references, resolved by <see cref="PdfFile"/>.</summary>
internal sealed class PdfDictionary(Dictionary<string, PdfObject> entries) : PdfObject
{
    public Dictionary<string, PdfObject> Entries { get; } = entries;

    /// <summary>The value under <paramref name="key"/>, unresolved, or null.</summary>
    public PdfObject? this[string key] => Entries.GetValueOrDefault(key);

    /// <summary>The name under <paramref name="key"/> if it is a direct name.</summary>
    public string? NameOf(string key) => Entries.GetValueOrDefault(key) is PdfName n ? n.Value : null;
}
