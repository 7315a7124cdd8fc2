namespace Extract.Quantities;

/// <summary>The currency of an amount of money.</summary>
public enum Currency
{
    /// <summary>Chinese yuan: 元, 人民币, <c>yuan</c>, <c>RMB</c>, <c>CNY</c>, <c>¥</c>.</summary>
    Cny = 0,

    /// <summary>US dollars: 美元, <c>US$</c>, <c>$</c>, <c>USD</c>, <c>dollars</c>.</summary>
    Usd,
}
