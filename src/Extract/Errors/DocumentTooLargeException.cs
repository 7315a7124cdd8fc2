namespace Extract;

/// <summary>The input is larger than the configured limit (see <see cref="Reading.ReaderOptions.MaxInputBytes"/>).</summary>
public sealed class DocumentTooLargeException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public DocumentTooLargeException(string sourcePath, long size, long limit)
        : base(sourcePath, $"the input is {size:N0} bytes, over the limit of {limit:N0} bytes")
    {
        Size = size;
        Limit = limit;
    }

    /// <summary>The input's size in bytes (at least this many, for a stream that was cut off at the limit).</summary>
    public long Size { get; }

    /// <summary>The limit in force.</summary>
    public long Limit { get; }
}
