namespace Extract.Facts;

/// <summary>What a change is measured against.</summary>
public enum ChangeBasis
{
    /// <summary>The text does not say.</summary>
    Unstated = 0,

    /// <summary>The same figure a year earlier: 同比, <c>year on year</c>, <c>compared to the previous year</c>.</summary>
    YearOnYear,
}
