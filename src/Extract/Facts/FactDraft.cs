using Extract.Quantities;

namespace Extract.Facts;

/// <summary>A fact being assembled from a sentence: mutable while the sentence is read, then frozen into a
/// <see cref="Fact"/>.</summary>
internal sealed class FactDraft(Quantity quantity, int start, int end)
{
    /// <summary>The figure.</summary>
    public Quantity Quantity { get; } = quantity;

    /// <summary>Where the figure starts in the sentence.</summary>
    public int Start { get; } = start;

    /// <summary>Where the figure ends in the sentence.</summary>
    public int End { get; } = end;

    public Indicator? Indicator { get; set; }

    public string? Label { get; set; }

    public Change? Change { get; set; }

    public FactQualifiers Qualifiers { get; set; }
}
