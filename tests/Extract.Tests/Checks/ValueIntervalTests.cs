using Extract.Checks;
using Extract.Quantities;

namespace Extract.Tests.Checks;

/// <summary>The interval rule: a figure admits the values inside its written precision, trailing zeros of a whole
/// number read as rounding down to two significant digits.</summary>
public sealed class ValueIntervalTests
{
    [TestCase("278700", "1", "100")]
    [TestCase("241400", "1", "100")]
    [TestCase("66000", "1", "1000")]
    [TestCase("100000", "1", "10000")]
    [TestCase("100000", "10000", "10000")]
    [TestCase("6185", "1", "1")]
    [TestCase("2000", "1", "100")]
    [TestCase("10", "1", "1")]
    [TestCase("57.9", "0.1", "0.1")]
    [TestCase("32000000000", "1000000000", "1000000000")]
    public void TrailingZerosAreReadAsRounding(string value, string precision, string expected) =>
        Assert.That(ValueInterval.RoundingOf(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(precision, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void ApproximationsOpenTheInterval()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ValueInterval.Of(450000m, 10000m, Approximation.MoreThan), Is.EqualTo(new ValueInterval(445000m, null)));
            Assert.That(ValueInterval.Of(300m, 1m, Approximation.UpTo), Is.EqualTo(new ValueInterval(null, 300.5m)));
            Assert.That(ValueInterval.Of(300m, 1m, Approximation.Nearly), Is.EqualTo(new ValueInterval(269.5m, 300.5m)));
        });
    }

    [Test]
    public void GrowthIsTheLeastAndGreatestRatioOfTheTwoIntervals()
    {
        var growth = new ValueInterval(278650m, 278750m).GrowthFrom(new ValueInterval(241350m, 241450m));
        Assert.Multiple(() =>
        {
            Assert.That(growth!.Value.Low, Is.EqualTo((278650m / 241450m - 1) * 100));
            Assert.That(growth.Value.High, Is.EqualTo((278750m / 241350m - 1) * 100));
            Assert.That(new ValueInterval(5m, 6m).GrowthFrom(new ValueInterval(-1m, 1m)), Is.Null, "no rate from a value that may be zero");
        });
    }
}
