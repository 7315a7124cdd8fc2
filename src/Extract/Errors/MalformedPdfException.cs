namespace Extract;

/// <summary>The PDF's structure is broken beyond repair, or it exceeds a safety limit (nesting, reference chains,
/// decompressed size); names the page and object concerned when they are known.</summary>
public sealed class MalformedPdfException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="page">The one-based page being read, when known.</param>
    /// <param name="objectNumber">The object being read, when known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public MalformedPdfException(string sourcePath, string problem, int? page = null, int? objectNumber = null, Exception? innerException = null)
        : base(sourcePath, Describe(problem, page, objectNumber), innerException)
    {
        Page = page;
        ObjectNumber = objectNumber;
    }

    /// <summary>The one-based page being read, when known.</summary>
    public int? Page { get; }

    /// <summary>The number of the object being read, when known.</summary>
    public int? ObjectNumber { get; }

    private static string Describe(string problem, int? page, int? objectNumber)
    {
        var where = (page, objectNumber) switch
        {
            ({ } p, { } o) => $" (page {p}, object {o})",
            ({ } p, null) => $" (page {p})",
            (null, { } o) => $" (object {o})",
            _ => string.Empty,
        };
        return "malformed PDF: " + problem + where;
    }
}
