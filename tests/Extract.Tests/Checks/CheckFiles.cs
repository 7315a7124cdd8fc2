using Extract.Facts;
using Extract.Reading;
using Extract.Splitting;
using Extract.Store;

namespace Extract.Tests.Checks;

/// <summary>Reads documents into the facts checks work on, both editions of a bilingual file, as the console does.</summary>
internal static class CheckFiles
{
    private static readonly FactExtractor Extractor = new();

    public static List<StoredFact> Read(params string[] paths)
    {
        var facts = new List<StoredFact>();
        foreach (var path in paths)
        {
            var (document, read) = ReadDocument(path);
            var stored = FactStore.Describe(document, read);
            facts.AddRange(read.Select(f => StoredFact.From(f, stored)));
        }

        return facts;
    }

    public static (global::Extract.Documents.Document Document, List<Fact> Facts) ReadDocument(string path)
    {
        var document = new DocumentReader().Read(path);
        if (!EditionSplitter.IsBilingual(document))
        {
            return (document, [.. Extractor.Extract(document)]);
        }

        var editions = EditionSplitter.Split(document);
        return (document, [.. Extractor.Extract(editions.Chinese), .. Extractor.Extract(editions.English)]);
    }

    /// <summary>Rows of a tab-separated file under <c>Data/Checks</c>, comments and blank lines left out.</summary>
    public static List<string[]> Table(string name) =>
        [.. File.ReadAllLines(TestData.Fixture("Checks", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))];
}
