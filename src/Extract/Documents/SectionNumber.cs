namespace Extract.Documents;

/// <summary>The numbering of a heading as written (<c>一、</c>, <c>III.</c>, <c>（二）</c>, <c>3.</c>) and the
/// number it stands for, so that <c>三、</c> and <c>III.</c> are known to be the same section.</summary>
/// <param name="Text">The numbering as written, with its punctuation.</param>
/// <param name="Ordinal">The number it stands for, from 1.</param>
/// <param name="Style">How it is written.</param>
public sealed record SectionNumber(string Text, int Ordinal, NumberingStyle Style);

/// <summary>The ways headings are numbered in the documents read.</summary>
public enum NumberingStyle
{
    /// <summary>Chinese numeral with an enumeration comma: <c>一、</c>.</summary>
    ChineseNumeral = 0,

    /// <summary>Chinese numeral in brackets: <c>（一）</c> or <c>(一)</c>.</summary>
    ParenthesizedChineseNumeral = 1,

    /// <summary>Upper-case Roman numeral with a full stop: <c>IV.</c>.</summary>
    Roman = 2,

    /// <summary>Arabic digits with a full stop: <c>3.</c>.</summary>
    Arabic = 3,
}
