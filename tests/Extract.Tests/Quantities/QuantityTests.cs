using Extract.Documents;
using Extract.Quantities;

namespace Extract.Tests.Quantities;

/// <summary>The comparisons a reconciler relies on: same measure, agreement within written precision, consistency of
/// bounds, and unit equality.</summary>
[TestFixture]
public class QuantityTests
{
    [Test]
    public void Values_written_with_scale_words_agree_with_digits_within_precision()
    {
        var chinese = Single("上海商标申请量45.1万件。");
        var english = Single("Applications reached 450,600.");
        Assert.Multiple(() =>
        {
            Assert.That(chinese.Precision, Is.EqualTo(1000m));
            Assert.That(chinese.AgreesWithinPrecision(english), Is.True);
            Assert.That(english.AgreesWithinPrecision(chinese), Is.True);
            Assert.That(chinese.HasSameMeasureAs(english), Is.False, "451,000 is not 450,600");
        });
    }

    [Test]
    public void A_different_number_does_not_agree_within_precision()
    {
        var chinese = Single("上海有效商标注册量达到147.26万件。");
        var english = Single("The number hit 1.4736 million.");
        Assert.Multiple(() =>
        {
            Assert.That(chinese.Value, Is.EqualTo(1472600m));
            Assert.That(english.Value, Is.EqualTo(1473600m));
            Assert.That(chinese.Precision, Is.EqualTo(100m));
            Assert.That(english.Precision, Is.EqualTo(100m));
            Assert.That(chinese.AgreesWithinPrecision(english), Is.False);
        });
    }

    [Test]
    public void Equal_values_of_counts_compare_equal_whatever_the_classifier_or_noun()
    {
        var chinese = Single("上海专利申请量17.36万件。");
        var english = Single("Filings reached 173,600 patents.");
        Assert.Multiple(() =>
        {
            Assert.That(chinese.HasSameMeasureAs(english), Is.True);
            Assert.That(chinese.Unit, Is.Not.EqualTo(english.Unit), "the records keep their labels");
            Assert.That(chinese.Unit.IsSameMeasureAs(english.Unit), Is.True);
        });
    }

    [Test]
    public void Money_in_different_currencies_is_not_the_same_measure()
    {
        var yuan = Single("涉案金额300万元。");
        var dollars = Single("Damages were US$3 million.");
        Assert.Multiple(() =>
        {
            Assert.That(yuan.Value, Is.EqualTo(dollars.Value));
            Assert.That(yuan.HasSameMeasureAs(dollars), Is.False);
            Assert.That(yuan.AgreesWithinPrecision(dollars), Is.False);
        });
    }

    [Test]
    public void Lower_bounds_written_alike_are_consistent_and_opposite_bounds_are_not()
    {
        var chinese = Single("涉案总值68亿余元。");
        var english = Single("The cases involved more than 6.8 billion RMB.");
        var nearly = Single("The cases involved nearly 6.8 billion RMB.");
        var exactAbove = Single("The cases involved 6,812,000,000 yuan.");
        Assert.Multiple(() =>
        {
            Assert.That(chinese.Approximation, Is.EqualTo(Approximation.MoreThan));
            Assert.That(chinese.IsConsistentWith(english), Is.True);
            Assert.That(chinese.IsConsistentWith(nearly), Is.False);
            Assert.That(chinese.IsConsistentWith(exactAbove), Is.True);
        });
    }

    [Test]
    public void Units_of_the_same_kind_with_different_parameters_are_different_measures()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Unit.RatePer(10000m).IsSameMeasureAs(new Unit.RatePer(10000m, "件")), Is.True);
            Assert.That(new Unit.RatePer(10000m).IsSameMeasureAs(new Unit.RatePer(100m)), Is.False);
            Assert.That(new Unit.Duration(TimeUnit.Month).IsSameMeasureAs(new Unit.Duration(TimeUnit.Year)), Is.False);
            Assert.That(new Unit.Percent().IsSameMeasureAs(new Unit.PercentagePoints()), Is.False);
            Assert.That(new Unit.Percent() == new Unit.Percent(), Is.True, "parameterless units are values");
            Assert.That(new Unit.Count("人次").IsSameMeasureAs(new Unit.Count(Noun: "people")), Is.True);
        });
    }

    [Test]
    public void A_quantity_cannot_be_made_with_a_precision_that_is_not_positive()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _ = new Quantity(1m, 0m, new Unit.Percent(), "1%", new TextSpan(0, 2)));
            Assert.Throws<ArgumentException>(() => _ = new Quantity(1m, 1m, new Unit.Percent(), "", new TextSpan(0, 0)));
        });
    }

    [Test]
    public void The_direction_of_a_change_is_kept_apart_from_the_value()
    {
        var up = QuantityRecognizer.Recognize("同比增长15.54%。").Single();
        var down = QuantityRecognizer.Recognize("a decrease of 15.54%").Single();
        Assert.Multiple(() =>
        {
            Assert.That(up.Value, Is.EqualTo(down.Value));
            Assert.That(up.HasSameMeasureAs(down), Is.True);
            Assert.That(up.Direction, Is.EqualTo(Direction.Up));
            Assert.That(down.Direction, Is.EqualTo(Direction.Down));
        });
    }

    private static Quantity Single(string sentence) => QuantityRecognizer.Recognize(sentence).Single(q => q.Role == QuantityRole.Measure);
}
