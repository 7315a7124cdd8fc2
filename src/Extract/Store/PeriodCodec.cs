using Extract.Facts;

namespace Extract.Store;

/// <summary>Writes a period as a kind and up to three integers, and reads it back.</summary>
internal static class PeriodCodec
{
    public static (string Kind, int A, int? B, int? C) Encode(Period period) => period switch
    {
        Period.Year y => ("year", y.Value, null, null),
        Period.EndOfYear e => ("end-of-year", e.Value, null, null),
        Period.Date d => ("date", d.Value, null, null),
        Period.YearPart p => ("year-part", p.InYear, p.Index, p.Parts),
        Period.Years s => ("years", s.First, s.Last, null),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
    };

    /// <summary>The period, or <see langword="null"/> for a kind this version does not know.</summary>
    public static Period? Decode(string kind, int a, int? b, int? c) => kind switch
    {
        "year" => new Period.Year(a),
        "end-of-year" => new Period.EndOfYear(a),
        "date" => new Period.Date(a),
        "year-part" when b is { } index && c is { } parts => new Period.YearPart(a, index, parts),
        "years" when b is { } last => new Period.Years(a, last),
        _ => null,
    };
}
