namespace Extract.Facts;

/// <summary>What the text says about how a figure was counted, beside its value.</summary>
[Flags]
public enum FactQualifiers
{
    /// <summary>Nothing said.</summary>
    None = 0,

    /// <summary>A part of a figure given before it: 其中; <c>among which</c>, <c>including</c>, <c>of which</c>.</summary>
    PartOfPrevious = 1,

    /// <summary>A running total over time: 累计; <c>cumulative</c>, <c>in total so far</c>.</summary>
    Cumulative = 2,

    /// <summary>A sum stated as such: 共, 共计, 合计, 总数; <c>a total of</c>, <c>in total</c>.</summary>
    Total = 4,

    /// <summary>Newly added in the period: 新增, 新建; <c>new</c>, <c>newly</c>.</summary>
    New = 8,
}
