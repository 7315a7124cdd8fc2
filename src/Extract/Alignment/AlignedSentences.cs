using System.Collections.Immutable;
using Extract.Sentences;

namespace Extract.Alignment;

/// <summary>Sentences of the Chinese edition and their translation in the English edition: one to four sentences
/// on each side, or none on one side where a sentence was left untranslated or added.</summary>
/// <param name="Chinese">The Chinese sentences, in order; empty for an English sentence with no original.</param>
/// <param name="English">The English sentences, in order; empty for a Chinese sentence with no translation.</param>
/// <param name="Cost">How unlikely the link is (lower is likelier).</param>
public sealed record AlignedSentences(ImmutableArray<Sentence> Chinese, ImmutableArray<Sentence> English, double Cost);
