using Extract.Reading.Text;

namespace Extract.Reading;

/// <summary>The pooled buffers one document's normalization reuses for every block, so that building a document
/// allocates little more than the texts and maps it keeps.</summary>
internal sealed class NormalizationBuffers : IDisposable
{
    /// <summary>One line (or the second of two fragments being joined), cleaned.</summary>
    public MappedCharBuffer Line { get; } = new();

    /// <summary>The cleaned lines of the block being normalized, joined.</summary>
    public MappedCharBuffer Block { get; } = new();

    /// <summary>The block once spacing and numbers are normalized.</summary>
    public MappedCharBuffer Finished { get; } = new();

    public void Dispose()
    {
        Line.Dispose();
        Block.Dispose();
        Finished.Dispose();
    }
}
