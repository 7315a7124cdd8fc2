namespace Extract;

/// <summary>The input cannot be opened: there is no such file, the path names a directory, or the file may not be
/// read.</summary>
public sealed class UnreadableFileException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public UnreadableFileException(string sourcePath, string problem, Exception? innerException = null)
        : base(sourcePath, problem, innerException)
    {
    }

    /// <summary>Opens <paramref name="path"/> for reading, or says in the reader's terms why it cannot be opened.</summary>
    /// <exception cref="UnreadableFileException">The file does not exist, is a directory, or may not be read.</exception>
    /// <exception cref="DocumentTooLargeException">The file is larger than <paramref name="maxBytes"/> (its real size is given).</exception>
    internal static FileStream Open(string path, long maxBytes, bool useAsync = false)
    {
        if (Directory.Exists(path))
        {
            throw new UnreadableFileException(path, "this is a directory, not a file");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UnreadableFileException(path, "there is no such file", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UnreadableFileException(path, "the file may not be read (permission denied)", e);
        }
        catch (IOException e)
        {
            throw new UnreadableFileException(path, $"the file cannot be opened: {e.Message}", e);
        }

        if (stream.CanSeek && stream.Length > maxBytes)
        {
            var length = stream.Length;
            stream.Dispose();
            throw new DocumentTooLargeException(path, length, maxBytes);
        }

        return stream;
    }
}
