using Extract.Facts;
using Extract.Reading.Text;
using Extract.Reconciliation;
using Extract.Sentences;
using Extract.Tables;
using Extract.Tests.Reconciliation;

namespace Extract.Tests.Tables;

/// <summary>Tables that state their unit in a unit column, a header cell or a caption are read with it: their cells
/// agree with the other edition's full figures, and only real disagreements are reported.</summary>
[TestFixture]
public class TableUnitsTests
{
    private const string English = """
        Table 1 Main indicators

        Indicator	2019
        Patent filings	173,600
        Patents granted	100,600
        Trademark applications	438,800
        PCT patent filings	3,200
        """;

    private const string UnitColumnTable = """
            表1 主要指标

            指标	2019年	单位
            专利申请量	17.36	万件
            专利授权量	10.06	万件
            商标申请量	43.88	万件
            PCT专利申请量	3200	件
            """;

    // Each Chinese table states 万件 in its own way; the last row's 3200 is 件 in every one of them.
    private static IEnumerable<TestCaseData> ChineseTables()
    {
        yield return new TestCaseData(UnitColumnTable).SetName("A unit column");
        yield return new TestCaseData("""
            表1 主要指标

            指标	万件
            专利申请量	17.36
            专利授权量	10.06
            商标申请量	43.88
            PCT专利申请量	3200件
            """).SetName("A header cell that is the unit");
        yield return new TestCaseData("""
            表1 主要指标

            指标	2019年（万件）
            专利申请量	17.36
            专利授权量	10.06
            商标申请量	43.88
            PCT专利申请量	3200件
            """).SetName("A header cell with the unit in parentheses");
        yield return new TestCaseData("""
            表1 主要指标
            单位：万件

            指标	2019年
            专利申请量	17.36
            专利授权量	10.06
            商标申请量	43.88
            PCT专利申请量	3200件
            """).SetName("A unit line under the caption");
        yield return new TestCaseData("""
            表1 主要指标（单位：万件）

            指标	2019年
            专利申请量	17.36
            专利授权量	10.06
            商标申请量	43.88
            PCT专利申请量	3200件
            """).SetName("A unit in the caption");
    }

    [TestCaseSource(nameof(ChineseTables))]
    public void A_table_stating_its_unit_agrees_with_the_full_figures(string chinese)
    {
        var report = Reconcile.Texts(chinese, English);

        Assert.That(report.AtLeast(Severity.Medium), Is.Empty, Reconcile.Describe(report.Discrepancies));
        Assert.That(report.Matches.Select(m => m.Chinese.Quantity.Value), Is.SupersetOf(new[] { 173_600m, 100_600m, 438_800m, 3_200m }));
    }

    [Test]
    public void A_slip_in_a_table_with_a_unit_column_is_still_reported()
    {
        var chinese = UnitColumnTable;
        var english = English.Replace("100,600", "1,006,000", StringComparison.Ordinal);

        var report = Reconcile.Texts(chinese, english);

        Assert.That(report.Discrepancies.Select(d => (d.Kind, d.Chinese?.Quantity.Value, d.English?.Quantity.Value)),
            Is.EqualTo(new[] { (DiscrepancyKind.Scale, (decimal?)100_600m, (decimal?)1_006_000m) }), Reconcile.Describe(report.Discrepancies));
    }

    [Test]
    public void An_english_table_in_millions_agrees_with_the_chinese_figures()
    {
        var chinese = """
            表2 收入

            项目	2019年
            营业收入	1234万元
            利润	560万元
            """;
        var english = """
            Table 2 Revenue (in millions of yuan)

            Item	2019
            Operating revenue	12.34
            Profit	5.6
            """;

        var report = Reconcile.Texts(chinese, english);

        Assert.That(report.Discrepancies, Is.Empty, Reconcile.Describe(report.Discrepancies));
        Assert.That(report.Matches.Select(m => m.English.Quantity.Value), Is.SupersetOf(new[] { 12_340_000m, 5_600_000m }));
    }

    [Test]
    public void Row_labels_changes_and_headers_keep_their_own_reading()
    {
        var document = PlainTextReader.ReadText("""
            单位：万件

            年份	专利申请量	同比增长
            2018	15.03	12.4
            2019	17.36	15.5
            """, "zh.txt");
        var units = new TableUnits(document);

        var values = SentenceSplitter.Split(document).SelectMany(s => units.Recognize(s)).Select(q => (q.Text, q.Value)).ToList();

        Assert.That(values, Does.Contain(("17.36", 173_600m)));
        Assert.That(values, Does.Contain(("15.03", 150_300m)));
        Assert.That(values, Does.Contain(("15.5", 15.5m)), "a change column takes no count unit");
        Assert.That(values.Where(v => v.Text is "2018" or "2019").Select(v => v.Value), Is.All.LessThan(10_000m), "row labels are not scaled");
    }

    [Test]
    public void Text_outside_tables_is_read_as_written()
    {
        var document = PlainTextReader.ReadText("单位：万件\n\n专利申请量为17.36，同比增长15.54%。", "zh.txt");
        var units = new TableUnits(document);

        var values = SentenceSplitter.Split(document).SelectMany(s => units.Recognize(s)).Select(q => q.Value);

        Assert.That(values, Does.Contain(17.36m));
    }

    [Test]
    public void The_facts_of_a_table_carry_its_unit()
    {
        var document = PlainTextReader.ReadText("""
            表1 主要指标

            指标	2019年	单位
            专利申请量	17.36	万件
            PCT专利申请量	3200	件
            """, "zh.txt");

        var facts = new FactExtractor().Extract(document);

        Assert.That(facts.Select(f => f.Quantity.Value), Does.Contain(173_600m).And.Contain(3_200m).And.No.Contain(17.36m));
    }
}
