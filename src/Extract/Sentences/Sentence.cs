using Extract.Documents;

namespace Extract.Sentences;

/// <summary>A sentence of a document: its text, where it stands in <see cref="Document.Text"/>, the block it belongs
/// to and its language.</summary>
/// <param name="Text">The sentence, with its closing punctuation and quotes.</param>
/// <param name="Span">Its characters in <see cref="Document.Text"/>.</param>
/// <param name="BlockIndex">Index of its block in <see cref="Document.Blocks"/>.</param>
/// <param name="Language">The language of its block.</param>
public sealed record Sentence(string Text, TextSpan Span, int BlockIndex, Language Language);
