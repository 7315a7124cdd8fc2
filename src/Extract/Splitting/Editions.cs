using Extract.Documents;

namespace Extract.Splitting;

/// <summary>The two editions of one publication: the Chinese original and its English translation.</summary>
/// <param name="Chinese">The Chinese edition.</param>
/// <param name="English">The English edition.</param>
public sealed record Editions(Document Chinese, Document English)
{
    /// <summary>Whether the editions were taken from one document that gives each paragraph in both languages, one
    /// after the other, rather than one edition after the other (see <see cref="EditionSplitter"/>).</summary>
    public bool Interleaved { get; init; }

    /// <summary>Pairs two documents read separately, in either order, by their language.</summary>
    /// <exception cref="SameLanguageException">Both documents are in the same language (or one has no text in
    /// either language).</exception>
    public static Editions Pair(Document first, Document second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return (first.Language, second.Language) switch
        {
            (Language.Chinese, Language.English) => new Editions(first, second),
            (Language.English, Language.Chinese) => new Editions(second, first),
            _ => throw new SameLanguageException(first.SourcePath, second.SourcePath, first.Language),
        };
    }
}
