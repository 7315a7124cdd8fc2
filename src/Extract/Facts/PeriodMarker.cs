namespace Extract.Facts;

/// <summary>A wording of a sentence that sets the period of the figures after it (<c>In 2019</c>, 截至2019年底, 全年).</summary>
/// <param name="Position">Where the wording stands in the sentence.</param>
/// <param name="Period">The period it states, resolved.</param>
/// <param name="Carries">Whether it also holds for the following sentences of the section (<c>In 2019</c> does;
/// <c>By the end of 2019</c>, which names a stock at one date, does not).</param>
internal readonly record struct PeriodMarker(int Position, Period Period, bool Carries);
