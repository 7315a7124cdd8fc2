using Extract.Documents;

namespace Extract.Segmentation;

/// <summary>A word (or punctuation mark, number, space) produced by a segmenter.</summary>
/// <param name="Text">The characters of the token.</param>
/// <param name="Span">Where the token stands in the segmented text (full mode may give empty tokens, of length 0,
/// next to white space, as jieba does).</param>
/// <param name="Tag">Its part of speech.</param>
public readonly record struct Token(string Text, TextSpan Span, PartOfSpeech Tag)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Text}/{Tag}";
}
