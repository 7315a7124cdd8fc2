using Extract.Sentences;

namespace Extract.Segmentation;

/// <summary>Segmenting the sentences of a document.</summary>
public static class SegmenterExtensions
{
    /// <summary>The tokens of <paramref name="sentence"/>, with spans into the document's text (the sentence's
    /// start plus the token's offset in the sentence).</summary>
    public static IEnumerable<Token> Segment(this ISegmenter segmenter, Sentence sentence, SegmentationMode mode = SegmentationMode.Precise)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(sentence);
        var offset = sentence.Span.Start;
        return segmenter.Segment(sentence.Text, mode).Select(token => token with { Span = token.Span.Shift(offset) });
    }
}
