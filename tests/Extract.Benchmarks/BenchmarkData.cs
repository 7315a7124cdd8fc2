namespace Extract.Benchmarks;

/// <summary>Locates the repository's sample documents and the shared data beside the repository.</summary>
internal static class BenchmarkData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "samples", "Extract.Sample", "data", name);

    public static string Shared(string relative) => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", relative));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Extract.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
