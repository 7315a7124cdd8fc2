using System.Collections.Immutable;
using Extract.Documents;

namespace Extract.Alignment;

/// <summary>Blocks (paragraphs, captions, tables) of the Chinese edition and their translation in the English one,
/// with their sentences aligned in turn.</summary>
/// <param name="Chinese">The Chinese blocks, in order; empty for English blocks with no original.</param>
/// <param name="English">The English blocks, in order; empty for Chinese blocks with no translation.</param>
/// <param name="Sentences">The sentence links inside the passage.</param>
/// <param name="Cost">How unlikely the link is (lower is likelier).</param>
public sealed record AlignedPassage(ImmutableArray<Block> Chinese, ImmutableArray<Block> English, ImmutableArray<AlignedSentences> Sentences, double Cost)
{
    /// <summary>Whether both editions have text in this passage.</summary>
    public bool IsMatched => !Chinese.IsEmpty && !English.IsEmpty;
}
