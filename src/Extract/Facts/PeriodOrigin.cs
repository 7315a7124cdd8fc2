namespace Extract.Facts;

/// <summary>Where the period of a fact comes from: the sentence itself, an earlier sentence of its section, or the
/// year the whole document reports on.</summary>
public enum PeriodOrigin
{
    /// <summary>The sentence states it: <c>In 2019, …</c>, 截至2019年底, <c>Last year</c>, 全年.</summary>
    Stated = 0,

    /// <summary>An earlier sentence of the same section states it (<c>In 2019,</c> at the head of a paragraph) and
    /// nothing since has said otherwise.</summary>
    Section,

    /// <summary>Neither the sentence nor its section says: the period is the year the document reports on, named in
    /// its title (<c>Intellectual Property Development in Shanghai in the Year 2019</c>, 2019年上海知识产权白皮书); a
    /// stock (<c>valid</c>, 拥有量, 累计) is taken at the end of that year. A document dated without a title year (a press
    /// release) reports on earlier figures and gives no such default.</summary>
    DocumentYear,
}
