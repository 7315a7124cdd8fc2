using Extract.Documents;

namespace Extract.Splitting;

/// <summary>A segment and the block that holds it in each edition.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="ChineseBlock">Its block in the Chinese edition, or <see langword="null"/>.</param>
/// <param name="EnglishBlock">Its block in the English edition, or <see langword="null"/>.</param>
public readonly record struct SegmentBlocks(SegmentPair Segment, int? ChineseBlock, int? EnglishBlock);
