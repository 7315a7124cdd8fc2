namespace Extract.Facts;

/// <summary>The unit an indicator is stated in: a figure whose quantity is in another unit is not that indicator
/// (<c>审查逮捕案件 443 件 959 人</c>: 件 counts cases, 人 counts people).</summary>
public enum IndicatorUnit
{
    /// <summary>A count of things other than people (件, 项, 个, 起; <c>cases</c>, <c>patents</c>).</summary>
    Count = 0,

    /// <summary>A count of people (人, 名, 人次; <c>suspects</c>, <c>people</c>, <c>defendants</c>).</summary>
    People,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A percentage.</summary>
    Percent,

    /// <summary>A rate per so many people (每万人口 53.54 件).</summary>
    Rate,

    /// <summary>A span of time (审查周期 15.7 个月, <c>four months</c>).</summary>
    Duration,

    /// <summary>A score on a scale of points (满意度 82.04 分, <c>82.04 points</c>).</summary>
    Score,
}
