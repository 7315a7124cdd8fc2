using Extract.Documents;
using Extract.Reading;

namespace Extract.Sample;

/// <summary>The sample documents embedded in the console (copies of <c>samples/Extract.Sample/data</c>).</summary>
internal static class SampleDocuments
{
    public const string Whitepaper2019 = "whitepaper-2019.zh-en.txt";

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
