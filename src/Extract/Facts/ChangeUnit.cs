namespace Extract.Facts;

/// <summary>How a change is measured.</summary>
public enum ChangeUnit
{
    /// <summary>Relative to the earlier figure, in percent (<c>up by 15.54%</c>).</summary>
    Percent = 0,

    /// <summary>In percentage points, for a figure that is itself a percentage (提高 2 个百分点).</summary>
    PercentagePoints,

    /// <summary>In the figure's own unit (<c>a rise of 9.3 patents</c>).</summary>
    Absolute,
}
