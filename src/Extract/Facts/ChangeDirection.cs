namespace Extract.Facts;

/// <summary>Which way a figure moved.</summary>
public enum ChangeDirection
{
    /// <summary>It rose: 增长, 增加, 提高; <c>up</c>, <c>increase</c>, <c>growth</c>.</summary>
    Up = 0,

    /// <summary>It fell: 下降, 减少; <c>down</c>, <c>decrease</c>.</summary>
    Down,

    /// <summary>It stayed level: 持平; <c>flat</c>, <c>unchanged</c>.</summary>
    Flat,
}
