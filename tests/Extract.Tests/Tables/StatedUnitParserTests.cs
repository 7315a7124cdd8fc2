using Extract.Quantities;
using Extract.Tables;

namespace Extract.Tests.Tables;

/// <summary>The unit statements of tables, as captions, header cells and unit columns write them.</summary>
[TestFixture]
public class StatedUnitParserTests
{
    // Statement, scale, the unit's kind and label ("-" for a scale alone).
    [TestCase("单位：万件", 10_000, "Count 件")]
    [TestCase("单位:亿元", 100_000_000, "Money CNY")]
    [TestCase("计量单位：万人次", 10_000, "Count 人次")]
    [TestCase("表1 2019年主要指标（单位：万件）", 10_000, "Count 件")]
    [TestCase("专利申请量（万件）", 10_000, "Count 件")]
    [TestCase("金额(亿元)", 100_000_000, "Money CNY")]
    [TestCase("Unit: 10,000", 10_000, "-")]
    [TestCase("Unit: 10,000 items", 10_000, "Count items")]
    [TestCase("Units: million yuan", 1_000_000, "Money CNY")]
    [TestCase("Table 2 Revenue (in millions)", 1_000_000, "-")]
    [TestCase("(in thousands of yuan)", 1_000, "Money CNY")]
    [TestCase("Amount (RMB 100 million)", 100_000_000, "Money CNY")]
    [TestCase("Growth (%)", 1, "Percent")]
    public void A_unit_statement_gives_its_scale_and_unit(string text, decimal scale, string unit)
    {
        var stated = StatedUnitParser.ParseStatement(text);

        Assert.That(stated, Is.Not.Null, text);
        Assert.That(stated!.Scale, Is.EqualTo(scale));
        Assert.That(Describe(stated.Unit), Is.EqualTo(unit));
    }

    [TestCase("万件", 10_000, "Count 件")]
    [TestCase("件", 1, "Count 件")]
    [TestCase("亿元", 100_000_000, "Money CNY")]
    [TestCase("个", 1, "Count 个")]
    [TestCase("items", 1, "Count items")]
    [TestCase("10,000 items", 10_000, "Count items")]
    [TestCase("millions", 1_000_000, "-")]
    [TestCase("RMB billion", 1_000_000_000, "Money CNY")]
    public void A_unit_cell_gives_its_scale_and_unit(string text, decimal scale, string unit)
    {
        var stated = StatedUnitParser.ParseUnit(text);

        Assert.That(stated, Is.Not.Null, text);
        Assert.That(stated!.Scale, Is.EqualTo(scale));
        Assert.That(Describe(stated.Unit), Is.EqualTo(unit));
    }

    // Labels, years, numbers and notes in parentheses are no unit statements.
    [TestCase("指标")]
    [TestCase("2019年")]
    [TestCase("Indicator")]
    [TestCase("Year on year")]
    [TestCase("Table 1 Main indicators (2019)")]
    [TestCase("17.36")]
    [TestCase("3年")]
    [TestCase("Patent filings (see note)")]
    // Digits of another script (Myanmar, Devanagari) state no scale: only ASCII digits are read as one.
    [TestCase("Unit: ၇ million")]
    [TestCase("Amount (१०० million)")]
    // Scales beyond decimal's range, in digits or by a scale word.
    [TestCase("Unit: 999999999999999999999999999999 items")]
    [TestCase("Unit: 10,000,000,000,000,000,000 trillion yuan")]
    [TestCase("")]
    public void Other_text_states_no_unit(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(StatedUnitParser.ParseStatement(text), Is.Null);
            Assert.That(StatedUnitParser.ParseUnit(text), Is.Null);
        });
    }

    private static string Describe(Unit? unit) => unit switch
    {
        null => "-",
        Unit.Money money => $"Money {money.Currency.ToString().ToUpperInvariant()}",
        { Label: { } label } => $"{unit.Kind} {label}",
        _ => unit.Kind.ToString(),
    };
}
