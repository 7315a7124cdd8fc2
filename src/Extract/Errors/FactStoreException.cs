namespace Extract;

/// <summary>A fact store cannot be used: the file is not an SQLite database, was written by a newer version of its
/// schema, or cannot be opened or written.</summary>
public sealed class FactStoreException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public FactStoreException(string sourcePath, string problem, Exception? innerException = null)
        : base(sourcePath, problem, innerException)
    {
    }
}
