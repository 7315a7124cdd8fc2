using Extract.Documents;

namespace Extract.Reading;

/// <summary>Reads one format into a <see cref="Document"/>. <see cref="DocumentReader"/> asks each registered reader in
/// turn whether it recognizes the content; add your own to <see cref="ReaderOptions.Formats"/>.</summary>
public interface IDocumentFormatReader
{
    /// <summary>The format this reader reads.</summary>
    DocumentFormat Format { get; }

    /// <summary>Whether the content, judged from its first bytes and its name, is in this reader's format.</summary>
    /// <param name="head">Up to the first 1,024 bytes of the content.</param>
    /// <param name="sourcePath">The path or name of the input; its extension is only a hint.</param>
    bool CanRead(ReadOnlySpan<byte> head, string sourcePath);

    /// <summary>Reads the content.</summary>
    /// <param name="content">The whole content, within <see cref="ReaderOptions.MaxInputBytes"/>.</param>
    /// <param name="sourcePath">The path or name of the input, for the document and errors.</param>
    /// <param name="options">The options in force.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <exception cref="ExtractException">The content cannot be read; the exception says why.</exception>
    Document Read(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options, CancellationToken cancellationToken);
}
