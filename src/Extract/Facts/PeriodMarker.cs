namespace Extract.Facts;

/// <summary>A wording of a sentence that sets the period of the figures after it (<c>In 2019</c>, 截至2019年底, 全年).</summary>
/// <param name="Position">Where the wording stands in the sentence.</param>
/// <param name="Period">The period it states, resolved; <see langword="null"/> for a wording relative to a year the
/// document does not give (<c>this year</c>, 今年, <c>As of this June</c> in an undated transcript): its figures then get
/// no period rather than one carried from an earlier sentence.</param>
/// <param name="Carries">Whether it also holds for the following sentences of the section (<c>In 2019</c> does;
/// <c>By the end of 2019</c>, which names a stock at one date, does not).</param>
internal readonly record struct PeriodMarker(int Position, Period? Period, bool Carries);
