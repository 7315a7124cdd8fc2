using Extract.Documents;
using Extract.Reading;

namespace Extract.Sample;

/// <summary>The sample documents embedded in the console (copies of <c>samples/Extract.Sample/data</c>).</summary>
internal static class SampleDocuments
{
    public const string Whitepaper2019 = "whitepaper-2019.zh-en.txt";

    /// <summary>What each embedded sample is, for the showcase.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["whitepaper-2019.zh-en.txt"] = "the 2019 Shanghai IP white paper, its Chinese edition followed by its English one (reconciled below)",
        ["whitepaper-2024.en.txt"] = "the English edition of the 2024 white paper (facts, quantities)",
        ["news-2024-04-25-patent-measures.en.txt"] = "an English news story on Shanghai's 30 patent measures",
        ["press-2024-04-25-shanghai-ip-week.en.txt"] = "an English press release on the 2024 IP publicity week",
        ["scio-briefing-2024-07-29.en.txt"] = "the English transcript of a State Council Information Office briefing with the CNIPA",
    };

    public static IEnumerable<string> Names =>
        typeof(SampleDocuments).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("samples/", StringComparison.Ordinal))
            .Select(n => n["samples/".Length..])
            .Order(StringComparer.Ordinal);

    public static Document Read(string name)
    {
        using var stream = typeof(SampleDocuments).Assembly.GetManifestResourceStream("samples/" + name)
                           ?? throw new FileNotFoundException($"No embedded sample document named {name}.", name);
        return new DocumentReader().Read(stream, name);
    }
}
