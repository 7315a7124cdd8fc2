namespace Extract.Quantities;

/// <summary>How a quantity's written value relates to the true value: kept beside the value, never folded into it.</summary>
public enum Approximation
{
    /// <summary>The value as written (<c>17.36 万件</c>, <c>a total of 1,776</c>).</summary>
    Exact = 0,

    /// <summary>More than the value: 余, 多, 逾, 超过, 以上, 突破; <c>more than</c>, <c>over</c>, <c>exceeded</c>.</summary>
    MoreThan,

    /// <summary>At least the value: 至少, 不少于; <c>at least</c>, <c>no less than</c>.</summary>
    AtLeast,

    /// <summary>Nearly the value, from below: 近, 将近; <c>nearly</c>, <c>almost</c>, <c>close to</c>.</summary>
    Nearly,

    /// <summary>About the value: 约, 左右; <c>about</c>, <c>around</c>, <c>approximately</c>.</summary>
    About,

    /// <summary>Up to the value: 最多, 以内; <c>up to</c>.</summary>
    UpTo,

    /// <summary>Less than the value: 不到, 不足; <c>less than</c>, <c>fewer than</c>, <c>under</c>.</summary>
    LessThan,
}
