using Extract.Quantities;
using Extract.Sentences;

namespace Extract.Reconciliation;

/// <summary>A quantity as it stands in one edition: the quantity and the sentence it was read from.</summary>
/// <param name="Quantity">The quantity.</param>
/// <param name="Sentence">The sentence that states it.</param>
public sealed record Figure(Quantity Quantity, Sentence Sentence);
