using Extract.Quantities;
using Extract.Sentences;

namespace Extract.Reconciliation;

/// <summary>A quantity as it stands in one edition: the quantity, the sentence it was read from, and the indicator
/// the fact stage found it states, when it found one.</summary>
/// <param name="Quantity">The quantity.</param>
/// <param name="Sentence">The sentence that states it.</param>
/// <param name="Indicator">The statistic it is a figure of (<c>patent.applications</c>), or <see langword="null"/>.</param>
public sealed record Figure(Quantity Quantity, Sentence Sentence, Facts.Indicator? Indicator = null);
