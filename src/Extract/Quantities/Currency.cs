namespace Extract.Quantities;

/// <summary>The currency of an amount of money.</summary>
public enum Currency
{
    /// <summary>Chinese yuan: 元, 人民币, <c>yuan</c>, <c>RMB</c>, <c>CNY</c>, <c>¥</c>.</summary>
    Cny = 0,

    /// <summary>US dollars: 美元, <c>US$</c>, <c>$</c>, <c>USD</c>, <c>dollars</c>.</summary>
    Usd,

    /// <summary>Hong Kong dollars: 港元, 港币; <c>HK$</c>, <c>HKD</c>.</summary>
    Hkd,

    /// <summary>Macao patacas: 澳门元, 澳门币; <c>MOP</c>, <c>patacas</c>.</summary>
    Mop,

    /// <summary>New Taiwan dollars: 新台币, 台币; <c>NT$</c>, <c>TWD</c>.</summary>
    Twd,

    /// <summary>Euros: 欧元; <c>€</c>, <c>EUR</c>, <c>euros</c>.</summary>
    Eur,

    /// <summary>Pounds sterling: 英镑; <c>£</c>, <c>GBP</c>, <c>pounds</c>.</summary>
    Gbp,

    /// <summary>Japanese yen: 日元, 日圆; <c>JPY</c>, <c>yen</c>.</summary>
    Jpy,

    /// <summary>South Korean won: 韩元; <c>KRW</c>, <c>won</c>.</summary>
    Krw,
}
