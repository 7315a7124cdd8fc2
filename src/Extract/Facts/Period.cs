using System.Globalization;

namespace Extract.Facts;

/// <summary>The time a fact holds for: a closed set of sealed records, one per way the text states it.</summary>
/// <remarks>Relative wordings (<c>Last year</c>, 全年, <c>Over the past three years</c>) are resolved against the
/// document's year before a period is made, so a period is always absolute.</remarks>
public abstract record Period
{
    // Only the nested records below derive from Period: the set is closed.
    private Period()
    {
    }

    /// <summary>The last calendar year the period touches, for sorting and for comparing editions.</summary>
    public abstract int LastYear { get; }

    /// <summary>A flow over a calendar year: <c>In 2019</c>, 2019 年, 全年.</summary>
    /// <param name="Value">The year.</param>
    public sealed record Year(int Value) : Period
    {
        /// <inheritdoc/>
        public override int LastYear => Value;

        /// <inheritdoc/>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A stock at the close of a year: <c>By the end of 2019</c>, 截至 2019 年底.</summary>
    /// <param name="Value">The year.</param>
    public sealed record EndOfYear(int Value) : Period
    {
        /// <inheritdoc/>
        public override int LastYear => Value;

        /// <inheritdoc/>
        public override string ToString() => "end of " + Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A day or a month: the value is <c>yyyyMMdd</c> with zeros for the parts left out, as in
    /// <see cref="Quantities.Unit.Date"/>.</summary>
    /// <param name="Value">The date as <c>yyyyMMdd</c>.</param>
    public sealed record Date(int Value) : Period
    {
        /// <inheritdoc/>
        public override int LastYear => Value / 10000;

        /// <inheritdoc/>
        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A part of a year: the first half of 2024 is <c>YearPart(2024, 1, 2)</c>, the third quarter
    /// <c>YearPart(2024, 3, 4)</c>.</summary>
    /// <param name="InYear">The year.</param>
    /// <param name="Index">Which part, from 1.</param>
    /// <param name="Parts">How many parts the year is cut into (2 or 4).</param>
    public sealed record YearPart(int InYear, int Index, int Parts) : Period
    {
        /// <inheritdoc/>
        public override int LastYear => InYear;

        /// <inheritdoc/>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{InYear} part {Index}/{Parts}");
    }

    /// <summary>A span of whole years, both ends included: 2016—2019 年, <c>Over the past three years</c>.</summary>
    /// <param name="First">The first year.</param>
    /// <param name="Last">The last year.</param>
    public sealed record Years(int First, int Last) : Period
    {
        /// <inheritdoc/>
        public override int LastYear => Last;

        /// <inheritdoc/>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");
    }
}
