namespace Extract.Checks;

/// <summary>What a check compares.</summary>
public enum FactCheckKind
{
    /// <summary>A stated change against the previous period's value of the same indicator.</summary>
    Growth = 0,
    /// <summary>A part (其中, <c>including</c>, <c>of which</c>) larger than its total.</summary>
    PartExceedsTotal,
    /// <summary>Parts of one total that together exceed it.</summary>
    PartsExceedTotal,
    /// <summary>Shares of one whole that sum to more than 100%.</summary>
    SharesExceedWhole,
    /// <summary>The same indicator and period given different values in two documents.</summary>
    Restatement,
}
