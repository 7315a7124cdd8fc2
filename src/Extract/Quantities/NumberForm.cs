namespace Extract.Quantities;

/// <summary>How the number of a quantity was written, so that reports can quote it faithfully.</summary>
public enum NumberForm
{
    /// <summary>Digits, half- or full-width, with or without separators and a decimal part (<c>3,200</c>, <c>17.36</c>).</summary>
    Digits = 0,

    /// <summary>Chinese numerals only (<c>三千五百</c>, <c>第十六届</c>, <c>首批</c>).</summary>
    ChineseNumerals,

    /// <summary>English words only (<c>twenty-two</c>, <c>fifth</c>).</summary>
    EnglishWords,

    /// <summary>Digits with a scale word (<c>17.36 万</c>, <c>1.4736 million</c>) or an ordinal suffix (<c>21st</c>).</summary>
    Mixed,
}
