namespace Extract.Quantities;

/// <summary>The direction of a change that a percentage or percentage points describe (增长 15.54% / down by 28.28%), or
/// that an amount stated as a change has (<c>an increase of 31,000</c>).</summary>
public enum Direction
{
    /// <summary>Not a change, or a change whose direction the text does not say.</summary>
    None = 0,

    /// <summary>An increase: 增长, 增加, 提高, 上升; <c>up</c>, <c>increase</c>, <c>rose</c>.</summary>
    Up,

    /// <summary>A decrease: 下降, 减少, 降低; <c>down</c>, <c>decrease</c>, <c>reducing</c>.</summary>
    Down,
}
