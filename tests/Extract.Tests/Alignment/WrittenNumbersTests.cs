using Extract.Alignment;

namespace Extract.Tests.Alignment;

[TestFixture]
public class WrittenNumbersTests
{
    [TestCase("PCT专利申请量3200件,同比增长28%。", new[] { "3200", "28" })]
    [TestCase("The number of PCT patent filings reached 3,200, up by 28% year on year.", new[] { "3200", "28" }, TestName = "Thousands separators are not part of the value")]
    [TestCase("reached 173,600 and 100,600, up by 15.54% and 8.79%", new[] { "173600", "100600", "15.54", "8.79" })]
    [TestCase("the G60 Science and Technology Innovation Corridor and 5G networks", new string[0], TestName = "Numbers glued to letters are names")]
    [TestCase("in 2019, 1, 2 and 3 were", new[] { "2019", "1", "2", "3" }, TestName = "A comma followed by a space separates numbers")]
    [TestCase("It ended at 1.4736.", new[] { "1.4736" }, TestName = "A full stop after a number ends the sentence")]
    public void Reads_the_numbers_written_in_digits(string text, string[] expected)
    {
        Assert.That(WrittenNumbers.In(text), Is.EqualTo(expected.Select(decimal.Parse)));
    }
}
