namespace Extract.Alignment;

/// <summary>One link of an alignment of two sequences: <see cref="SourceCount"/> items of the first sequence from
/// <see cref="SourceStart"/> on stand for <see cref="TargetCount"/> items of the second from <see cref="TargetStart"/>
/// on. A count of zero means an item with no counterpart (an omission or an addition).</summary>
/// <param name="SourceStart">Index of the first source item.</param>
/// <param name="SourceCount">Number of source items, 0 to 4.</param>
/// <param name="TargetStart">Index of the first target item.</param>
/// <param name="TargetCount">Number of target items, 0 to 4.</param>
/// <param name="Cost">The link's cost: lower is likelier (a negative log-probability, less the bonus of shared anchors).</param>
internal readonly record struct Bead(int SourceStart, int SourceCount, int TargetStart, int TargetCount, double Cost);
