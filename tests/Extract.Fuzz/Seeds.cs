namespace Extract.Fuzz;

/// <summary>The seed inputs: the sample documents, the test fixtures a reader accepts (text, HTML, translators'
/// files, Word), and, when it is there, the shared corpus beside the repository. Sorted by path, so a seed number
/// means the same inputs everywhere (the shared corpus adds seeds where it is present).</summary>
public static class Seeds
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".tmx", ".tsv", ".docx", ".pdf"];

    // Seeds past this size make each run slow without reaching more code.
    private const long MaxSeedBytes = 400_000;

    /// <summary>The formats a campaign can be limited to, each with the file extensions of its seeds.</summary>
    public static IReadOnlyDictionary<string, string[]> Formats { get; } = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = [".txt", ".tsv"],
        ["html"] = [".html", ".htm"],
        ["pdf"] = [".pdf"],
        ["docx"] = [".docx"],
        ["xliff"] = [".xlf", ".xliff", ".sdlxliff", ".mqxliff"],
        ["tmx"] = [".tmx"],
    };

    /// <summary>The editions a monolingual input is reconciled against: the sample's bilingual 2019 white paper.</summary>
    public static Extract.Splitting.Editions PartnerEditions(string root) =>
        Extract.Splitting.EditionSplitter.Split(new Extract.Reading.DocumentReader().Read(Path.Combine(root, "samples/Extract.Sample/data/whitepaper-2019.zh-en.txt")));

    /// <summary>The seeds of one format.</summary>
    public static List<(string Name, byte[] Bytes, bool MayKeep)> OfFormat(IEnumerable<(string Name, byte[] Bytes, bool MayKeep)> seeds, string format) =>
        seeds.Where(s => FormatOf(s.Name).Equals(format, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The format a seed belongs to, by its extension.</summary>
    public static string FormatOf(string name) =>
        Formats.First(f => f.Value.Contains(Path.GetExtension(name).ToLowerInvariant())).Key;

    /// <summary>The seeds under <paramref name="root"/> (the repository), as (file name, bytes, and whether an input
    /// made from it may be kept in the repository: not one made from the licensed test sets of ../shared/real, whose
    /// text must not be copied into the project, except TICO-19, which is CC0).</summary>
    public static List<(string Name, byte[] Bytes, bool MayKeep)> Find(string root)
    {
        var places = new[]
        {
            Path.Combine(root, "samples/Extract.Sample/data"),
            Path.Combine(root, "tests/Extract.Tests/Data/html"),
            Path.Combine(root, "tests/Extract.Tests/Data/segments"),
            Path.Combine(root, "tests/Extract.Tests/Data/Checks"),
            Path.Combine(root, "tests/Extract.Tests/Data/word"),
            Path.Combine(root, "../shared/seeds"),
            Path.Combine(root, "../shared/corpus"),
            Path.Combine(root, "../shared/real"),
        };
        return [.. places.Where(Directory.Exists)
            .SelectMany(p => Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !f.EndsWith(".expected.tsv", StringComparison.Ordinal))
            .Where(f => new FileInfo(f).Length is > 0 and <= MaxSeedBytes)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f), MayKeep(f)))];
    }

    private static bool MayKeep(string path)
    {
        var normalized = path.Replace('\\', '/');
        return !normalized.Contains("/shared/real/", StringComparison.Ordinal) || normalized.Contains("/tico19", StringComparison.Ordinal);
    }
}
