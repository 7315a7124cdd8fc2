namespace Extract.Quantities;

/// <summary>What a quantity measures: a closed vocabulary of sealed records, one per <see cref="UnitKind"/>.</summary>
/// <remarks>Record equality compares everything, labels included (<c>件</c> is not <c>项</c>); a reconciler that
/// compares facts across languages asks <see cref="IsSameMeasureAs"/> instead, which ignores the labels that only name
/// what is counted (<c>件</c> and <c>patents</c> measure alike) but not the parameters that change the meaning (the
/// currency, the people a rate is per, the unit of a duration).</remarks>
public abstract record Unit
{
    // Only the nested records below derive from Unit: the vocabulary is closed.
    private Unit()
    {
    }

    /// <summary>The kind of this unit.</summary>
    public abstract UnitKind Kind { get; }

    /// <summary>The Chinese classifier or English noun that names what is counted, when the text gives one.</summary>
    public virtual string? Label => null;

    /// <summary>Whether values in this unit and in <paramref name="other"/> measure the same thing, so that equal values
    /// mean equal facts: the same kind and the same parameters, whatever the labels.</summary>
    public virtual bool IsSameMeasureAs(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind;
    }

    /// <summary>A count of things, with the Chinese classifier (<c>件</c>, <c>人次</c>) and/or the English noun
    /// (<c>cases</c>) that names them.</summary>
    /// <param name="Classifier">The Chinese classifier, if any.</param>
    /// <param name="Noun">The English noun counted, lower-cased, if any.</param>
    public sealed record Count(string? Classifier = null, string? Noun = null) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Count;

        /// <inheritdoc/>
        public override string? Label => Classifier ?? Noun;
    }

    /// <summary>An amount of money in one currency; the value is in whole units of it (yuan, dollars).</summary>
    /// <param name="Currency">The currency.</param>
    public sealed record Money(Currency Currency) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Money;

        /// <inheritdoc/>
        public override bool IsSameMeasureAs(Unit other) => other is Money money && money.Currency == Currency;
    }

    /// <summary>A percentage: the value is the number before <c>%</c> (15.54 for 15.54%).</summary>
    public sealed record Percent() : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Percent;
    }

    /// <summary>Percentage points (个百分点, <c>percentage points</c>).</summary>
    public sealed record PercentagePoints() : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.PercentagePoints;
    }

    /// <summary>A rate: so many things per <paramref name="Per"/> people (每万人口 53.54 件 = 53.54 per 10,000).</summary>
    /// <param name="Per">The number of people the rate is per (10,000).</param>
    /// <param name="Classifier">The Chinese classifier of what is counted, if any.</param>
    /// <param name="Noun">The English noun of what is counted, if any.</param>
    public sealed record RatePer(decimal Per, string? Classifier = null, string? Noun = null) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Rate;

        /// <inheritdoc/>
        public override string? Label => Classifier ?? Noun;

        /// <inheritdoc/>
        public override bool IsSameMeasureAs(Unit other) => other is RatePer rate && rate.Per == Per;
    }

    /// <summary>A multiple or fraction of something else (三倍 = 3, <c>a fifth of</c> = 0.2).</summary>
    public sealed record Multiple() : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Multiple;
    }

    /// <summary>An ordinal (第十六届 = 16, <c>21st</c>, 首批 = 1), with the classifier of what is ranked if any.</summary>
    /// <param name="Classifier">The Chinese classifier (届, 批, 次, 个), if any.</param>
    public sealed record Ordinal(string? Classifier = null) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Ordinal;

        /// <inheritdoc/>
        public override string? Label => Classifier;
    }

    /// <summary>A calendar year: the value is the year (2019).</summary>
    public sealed record Year() : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Year;
    }

    /// <summary>A calendar date: the value is <c>yyyyMMdd</c> with zeros for the parts the text leaves out
    /// (2020 年 4 月 = 20200400), so that values sort and the precision says what was written (100 for a month).</summary>
    public sealed record Date() : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Date;
    }

    /// <summary>A length of time in <paramref name="TimeUnit"/>s (6 个月, <c>over the past three years</c>).</summary>
    /// <param name="TimeUnit">The unit of time.</param>
    public sealed record Duration(TimeUnit TimeUnit) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Duration;

        /// <inheritdoc/>
        public override bool IsSameMeasureAs(Unit other) => other is Duration duration && duration.TimeUnit == TimeUnit;
    }

    /// <summary>A range of years: the value is the first year, <paramref name="EndYear"/> the last (2021-2035).</summary>
    /// <param name="EndYear">The last year of the range.</param>
    public sealed record YearRange(int EndYear) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.YearRange;

        /// <inheritdoc/>
        public override bool IsSameMeasureAs(Unit other) => other is YearRange range && range.EndYear == EndYear;
    }

    /// <summary>A part of a year: the value is its index among <paramref name="Parts"/> (上半年 and <c>the first half of
    /// this year</c> = 1 of 2; 第三季度 = 3 of 4).</summary>
    /// <param name="Parts">How many parts the year is cut into: 2 for halves, 4 for quarters.</param>
    public sealed record YearPart(int Parts) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.YearPart;

        /// <inheritdoc/>
        public override bool IsSameMeasureAs(Unit other) => other is YearPart part && part.Parts == Parts;
    }

    /// <summary>A day of the week: the value is its number from Monday (周二 and <c>Tuesday</c> = 2; 周日, 星期天 and
    /// <c>Sunday</c> = 7).</summary>
    public sealed record Weekday() : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.Weekday;
    }

    /// <summary>A year named from the year the text speaks in: the value is the offset (今年 and <c>this year</c> = 0;
    /// 去年 and <c>last June</c> = -1; 明年 = 1).</summary>
    public sealed record RelativeYear() : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.RelativeYear;
    }

    /// <summary>A time of day: the value is <c>hhmm</c> on a 24-hour clock (下午3点半 and <c>3:30 p.m.</c> = 1530; 24时
    /// and <c>midnight</c> = 2400). <paramref name="HalfDay"/> says whether the text told morning from afternoon: 3点
    /// alone may be 1500 as well as 300.</summary>
    /// <param name="HalfDay">Whether the text fixed the half of the day (下午, <c>p.m.</c>, 16:00).</param>
    public sealed record TimeOfDay(bool HalfDay = true) : Unit
    {
        /// <inheritdoc/>
        public override UnitKind Kind => UnitKind.TimeOfDay;
    }
}
