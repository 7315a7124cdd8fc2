using Extract.Quantities;
using Extract.Reconciliation;

namespace Extract.Tests.Reconciliation;

[TestFixture]
public class DiscrepancyClassifierTests
{
    private static Quantity Chinese(string text) => QuantityRecognizer.RecognizeChinese(text).Single(q => q.Role == QuantityRole.Measure);

    private static Quantity English(string text) => QuantityRecognizer.RecognizeEnglish(text).Single(q => q.Role == QuantityRole.Measure);

    [TestCase("上海专利申请量14个", "another 6 were granted", DiscrepancyKind.Value)]
    [TestCase("授权量10.06万件", "patents granted reached 130,800", DiscrepancyKind.Value)]
    [TestCase("授权量10.06万件", "patents granted reached 160,600", DiscrepancyKind.Digits)]
    [TestCase("申请量17.36万件", "filings reached 17,360", DiscrepancyKind.Scale)]
    [TestCase("申请量17.36万件", "filings reached 1.736 million", DiscrepancyKind.Scale)]
    [TestCase("涉案金额259.3亿元", "worth 2.593 billion RMB", DiscrepancyKind.Scale)]
    [TestCase("注册量147.26万件", "hit 1.4736 million", DiscrepancyKind.Digits)]
    [TestCase("受理23580件", "accepted 23,850", DiscrepancyKind.Digits)]
    [TestCase("抓获1150人", "arrested 150 suspects", DiscrepancyKind.Digits)]
    [TestCase("同比增长15.54%", "up by 15.45%", DiscrepancyKind.Percent)]
    [TestCase("提高0.8个百分点", "up by 0.5 percentage points", DiscrepancyKind.Percent)]
    [TestCase("下降0.5个百分点", "down by 0.5%", DiscrepancyKind.Unit)]
    [TestCase("赔偿1.26亿元", "compensations of 1.26 million RMB", DiscrepancyKind.Unit)]
    [TestCase("赔偿126万元", "compensations of 126 million RMB", DiscrepancyKind.Unit)]
    [TestCase("罚款1402万元", "a fine of US$14.02 million", DiscrepancyKind.Unit)]
    [TestCase("截至2019年底", "by the end of 2018", DiscrepancyKind.Year)]
    public void Two_figures_that_should_agree_are_classified_by_how_they_differ(string zh, string en, DiscrepancyKind kind)
    {
        Assert.That(DiscrepancyClassifier.Classify(Chinese(zh), English(en)), Is.EqualTo(kind));
    }

    [TestCase("14726", "14736", true)]
    [TestCase("2358", "2385", true)]
    [TestCase("115", "15", true)]
    [TestCase("6822", "682", true)]
    [TestCase("292", "329", false)]
    [TestCase("2358", "5328", false)]
    [TestCase("2358", "3258", true)]
    [TestCase("14", "6", false)]
    public void A_digit_slip_is_one_digit_changed_dropped_or_added_or_two_neighbours_swapped(string a, string b, bool slip)
    {
        Assert.That(DiscrepancyClassifier.IsDigitSlip(a, b), Is.EqualTo(slip));
    }

    [TestCase("17.36万件", "17.36")]
    [TestCase("173,600", "173600")]
    [TestCase("US$14.02 million", "14.02")]
    [TestCase("１２３万", "123")]
    [TestCase("twenty-two", "")]
    public void The_digits_written_ignore_separators_scale_words_and_units(string text, string digits)
    {
        Assert.That(DiscrepancyClassifier.WrittenDigits(text), Is.EqualTo(digits));
    }

    [TestCase("注册量147.26万件", "hit 1.4736 million", true)]
    [TestCase("申请量17.36万件", "filings reached 17,360", true)]
    [TestCase("登记数29.18万件", "boasted 8 products", false)]
    [TestCase("国际登录14个", "another 6 were granted", false)]
    [TestCase("移送52件", "transferred 25 cases", true)]
    [TestCase("项目85宗", "completed 65 transactions", false)]
    public void Related_values_are_digit_slips_of_three_or_more_digits_two_digits_exchanged_or_powers_of_ten(string zh, string en, bool related)
    {
        Assert.That(DiscrepancyClassifier.AreRelated(Chinese(zh), English(en)), Is.EqualTo(related));
    }
}
