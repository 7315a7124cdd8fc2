using Extract.Documents;
using Extract.Reading;

namespace Extract.Tests.Support;

/// <summary>Where the tests find their inputs: the sample documents shipped with the repository, fixtures under
/// <c>Data/</c>, and the optional shared data set that stands beside the repository (<c>../shared</c>).</summary>
internal static class TestData
{
    /// <summary>The repository's root (the folder holding <c>Extract.sln</c>).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The path of a sample document in <c>samples/Extract.Sample/data</c>.</summary>
    public static string Sample(string name) => Path.Combine(RepositoryRoot, "samples", "Extract.Sample", "data", name);

    /// <summary>The path of a fixture under the test project's <c>Data</c> folder.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([TestContext.CurrentContext.TestDirectory, "Data", .. parts]);

    /// <summary>Reads a sample document.</summary>
    public static Document ReadSample(string name) => new DocumentReader().Read(Sample(name));

    /// <summary>The shared data folder beside the repository, or <see langword="null"/> when it is absent.</summary>
    public static string? SharedDirectory
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The path of <paramref name="relative"/> inside the shared data folder; marks the test as ignored,
    /// with the reason, when that folder or file is absent.</summary>
    public static string RequireShared(string relative)
    {
        var shared = SharedDirectory;
        if (shared is null)
        {
            Assert.Ignore($"The shared data folder (../shared beside the repository) is absent, so {relative} cannot be read.");
        }

        var path = Path.Combine(shared!, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"{relative} is absent from the shared data folder.");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Extract.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests must run inside the repository (no Extract.sln above " + AppContext.BaseDirectory + ").");
    }
}
