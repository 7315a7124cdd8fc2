namespace Extract.Quantities;

/// <summary>What a number does in its sentence: states a measure, or only forms part of a name or an identifier, or
/// numbers the text's own points, which later stages set apart (they are not facts to compare).</summary>
public enum QuantityRole
{
    /// <summary>A measure: a count, an amount, a rate, a time.</summary>
    Measure = 0,

    /// <summary>Part of a name: <c>四大功能</c>, <c>Five Centers</c>, <c>G60</c>, <c>14th Five-Year Plan</c>, <c>1+1+X</c>.</summary>
    NamePart,

    /// <summary>An identifier: a record, document or phone number (<c>ICP备12345678号</c>, <c>021-62345678</c>).</summary>
    Identifier,

    /// <summary>The number of one of the text's own points, opening a sentence or clause: <c>First, …</c>,
    /// <c>Second, we will …</c>, 一是, 二是, <c>第一，</c>. It orders the text and measures nothing.</summary>
    Enumerator,
}
