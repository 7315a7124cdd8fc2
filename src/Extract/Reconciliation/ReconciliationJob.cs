using System.Collections.Immutable;

namespace Extract.Reconciliation;

/// <summary>One thing to reconcile in a batch: a bilingual document, a pair of editions, a translator's file of
/// segments, or two line-aligned texts.</summary>
/// <param name="Name">The name reports and the index show (the file name without its language and extension).</param>
/// <param name="Input">What the paths hold.</param>
/// <param name="Paths">One path, or two (Chinese and English, in either order; for line-aligned texts, the source
/// first).</param>
public sealed record ReconciliationJob(string Name, ReconciliationInput Input, ImmutableArray<string> Paths);

/// <summary>What the paths of a <see cref="ReconciliationJob"/> hold.</summary>
public enum ReconciliationInput
{
    /// <summary>One document holding both editions.</summary>
    Bilingual = 0,

    /// <summary>Two documents, one edition each.</summary>
    Pair = 1,

    /// <summary>A translator's file of segments (XLIFF, TMX, a two-column table), checked segment by segment.</summary>
    Segments = 2,

    /// <summary>Two texts whose lines translate each other, checked line by line.</summary>
    Lines = 3,
}
