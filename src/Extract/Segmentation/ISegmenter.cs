namespace Extract.Segmentation;

/// <summary>Cuts Chinese text into words with their parts of speech. Implementations are thread-safe.</summary>
public interface ISegmenter
{
    /// <summary>The tokens of <paramref name="text"/>, streamed in text order; each span is an offset into
    /// <paramref name="text"/>.</summary>
    IEnumerable<Token> Segment(string text, SegmentationMode mode = SegmentationMode.Precise);
}
