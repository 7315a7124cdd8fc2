using Extract.Documents;

namespace Extract.Reading;

/// <summary>Reads a file or stream into a <see cref="Document"/>, finding its format from its content.</summary>
/// <example>
/// <code>
/// var document = new DocumentReader().Read("whitepaper-2019.zh-en.txt");
/// foreach (var heading in document.Sections) Console.WriteLine(heading.Text);
/// </code>
/// </example>
public sealed class DocumentReader
{
    private const int SniffLength = 1024;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">The options; <see cref="ReaderOptions.Default"/> when <see langword="null"/>.</param>
    public DocumentReader(ReaderOptions? options = null)
    {
        Options = options ?? ReaderOptions.Default;
    }

    /// <summary>The options in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ExtractException">The file cannot be opened (<see cref="UnreadableFileException"/>) or read as a
    /// document; the exception names it and says why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Document Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = UnreadableFileException.Open(path, Options.MaxInputBytes);
        return Read(stream, path, cancellationToken);
    }

    /// <summary>Reads the file at <paramref name="path"/> asynchronously.</summary>
    /// <exception cref="ExtractException">The file cannot be opened (<see cref="UnreadableFileException"/>) or read as a
    /// document; the exception names it and says why.</exception>
    public async Task<Document> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = UnreadableFileException.Open(path, Options.MaxInputBytes, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="sourceName">The name to report the document and its errors under.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractException">The content cannot be read as a document.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Document Read(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Append(buffer, chunk, read, sourceName);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), sourceName, cancellationToken);
    }

    /// <summary>Reads <paramref name="stream"/> to its end asynchronously.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="sourceName">The name to report the document and its errors under.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractException">The content cannot be read as a document.</exception>
    public async Task<Document> ReadAsync(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, sourceName);
        }

        var content = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        return await Task.Run(() => Read(content, sourceName, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads content already in memory.</summary>
    /// <param name="content">The content.</param>
    /// <param name="sourceName">The name to report the document and its errors under.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ExtractException">The content cannot be read as a document; <see cref="TimeLimitExceededException"/>
    /// when reading runs past <see cref="ReaderOptions.TimeLimit"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Document Read(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (content.Length > Options.MaxInputBytes)
        {
            throw new DocumentTooLargeException(sourceName, content.Length, Options.MaxInputBytes);
        }

        if (content.IsEmpty)
        {
            throw new EmptyDocumentException(sourceName, "the file is empty (0 bytes)");
        }

        var head = content.Span[..Math.Min(content.Length, SniffLength)];
        if (ImageKind(head) is { } image)
        {
            throw new BinaryContentException(sourceName, $"the file is {image}, not a document: a scan must be read by OCR first");
        }

        foreach (var format in Options.Formats)
        {
            if (format.CanRead(head, sourceName))
            {
                return TimeBudget.Run(Options.TimeLimit, sourceName, "reading", cancellationToken, token => format.Read(content, sourceName, Options, token));
            }
        }

        throw new UnsupportedFormatException(sourceName, "no reader recognizes the content");
    }

    // Pictures are the binary files most often taken for documents (a scanned page saved under a document's name).
    private static string? ImageKind(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "a PNG image"
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "a JPEG image"
        : head.StartsWith("GIF8"u8) ? "a GIF image"
        : head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? "a TIFF image"
        : head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? "a WebP image"
        : null;

    private void Append(MemoryStream buffer, byte[] chunk, int count, string sourceName)
    {
        if (buffer.Length + count > Options.MaxInputBytes)
        {
            throw new DocumentTooLargeException(sourceName, buffer.Length + count, Options.MaxInputBytes);
        }

        buffer.Write(chunk, 0, count);
    }
}
