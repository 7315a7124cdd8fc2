namespace Extract.Documents;

/// <summary>Where a block stands in its source: page (where the format has pages), block index, and
/// its characters in the document's normalized <see cref="Document.Text"/>.</summary>
/// <param name="BlockIndex">Zero-based index of the block in <see cref="Document.Blocks"/>.</param>
/// <param name="Span">The block's characters in <see cref="Document.Text"/>.</param>
/// <param name="Page">One-based physical page, for formats with pages; otherwise <see langword="null"/>.</param>
/// <param name="ElementPath">For HTML, a CSS-style path to the element the block came from; for Word, the paragraph,
/// table or note ("paragraph 12", "table 2", "footnote 1 (paragraph 12)"); otherwise <see langword="null"/>.</param>
public readonly record struct SourceLocation(int BlockIndex, TextSpan Span, int? Page = null, string? ElementPath = null);
