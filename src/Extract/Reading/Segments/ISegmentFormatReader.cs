using Extract.Documents;

namespace Extract.Reading.Segments;

/// <summary>Reads one format of translation segments. <see cref="SegmentFileReader"/> decodes the file and asks each
/// reader of <see cref="SegmentReaderOptions.Formats"/> in turn whether it recognizes the text.</summary>
public interface ISegmentFormatReader
{
    /// <summary>Whether the text, judged from its first characters and the file's name, is in this reader's format.</summary>
    /// <param name="head">Up to the first 1,024 characters of the decoded text.</param>
    /// <param name="sourcePath">The path or name of the input; its extension is only a hint.</param>
    bool CanRead(ReadOnlySpan<char> head, string sourcePath);

    /// <summary>Reads the segments of the decoded <paramref name="text"/>.</summary>
    /// <exception cref="ExtractException">The text cannot be read; the exception names the file and the place.</exception>
    SegmentFile Read(string text, string sourcePath, SegmentReaderOptions options, CancellationToken cancellationToken);
}
