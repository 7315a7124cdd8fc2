using Extract.Documents;

namespace Extract.Splitting;

/// <summary>The two editions of one publication: the Chinese original and its English translation.</summary>
/// <param name="Chinese">The Chinese edition.</param>
/// <param name="English">The English edition.</param>
public sealed record Editions(Document Chinese, Document English);
