namespace Extract.Store;

/// <summary>A document whose facts a store holds, or that a check read from a file.</summary>
/// <param name="ContentHash">The SHA-256 of the document's source text, in lower-case hex: the key that makes reading
/// the same text twice replace its facts rather than add them again.</param>
/// <param name="Path">The path it was read from.</param>
/// <param name="Title">Its title, when it has one.</param>
/// <param name="Languages">The editions it holds: <c>zh</c>, <c>en</c> or <c>zh+en</c> for a bilingual file.</param>
public sealed record StoredDocument(string ContentHash, string Path, string? Title, string Languages)
{
    /// <summary>The document's name to show a reader: its file name.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
