namespace Extract.Reconciliation;

/// <summary>How two editions disagree about a figure.</summary>
public enum DiscrepancyKind
{
    /// <summary>Different numbers (14 vs 6).</summary>
    Value = 0,

    /// <summary>A slip of scale: the same digits a power of ten apart (17.36 万 vs 17,360).</summary>
    Scale,

    /// <summary>Digits changed, transposed, dropped or added (147.26 万 vs 1.4736 million).</summary>
    Digits,

    /// <summary>Different percentages or percentage points.</summary>
    Percent,

    /// <summary>The same change in opposite directions (增长 vs a decrease).</summary>
    Direction,

    /// <summary>The two values of a 分别 / respectively pair exchanged.</summary>
    Swap,

    /// <summary>A figure of the Chinese edition missing from the English.</summary>
    Omission,

    /// <summary>A figure of the English edition that the Chinese lacks.</summary>
    Addition,

    /// <summary>A different unit: 亿元 vs million yuan for the same digits, persons vs cases, 人次 vs persons.</summary>
    Unit,

    /// <summary>A different qualifier: 余 / over vs 近 / nearly, or a bound given as an exact figure.</summary>
    Qualifier,

    /// <summary>Different years.</summary>
    Year,

    /// <summary>Values that agree only to the precision written (45.1 万 vs 450,600).</summary>
    Rounding,

    /// <summary>Different months or days of the same year, or none stated (今年8月 vs September; 3月26日 vs March 25).</summary>
    Date,
}
