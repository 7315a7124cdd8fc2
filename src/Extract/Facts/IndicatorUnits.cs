using Extract.Quantities;

namespace Extract.Facts;

/// <summary>Which quantities an <see cref="IndicatorUnit"/> admits.</summary>
internal static class IndicatorUnits
{
    private static readonly HashSet<string> PeopleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "人", "名", "人次", "位", "户", "people", "persons", "person", "suspects", "suspect", "individuals", "defendants",
        "officers", "experts", "students", "trainees", "judges", "prosecutors", "agents", "members", "participants",
        "candidates", "applicants", "professionals", "officials", "practitioners", "head", "heads", "学员",
    };

    // What a score is counted in: a score is read as a count of points.
    private static readonly HashSet<string> PointWords = new(StringComparer.OrdinalIgnoreCase) { "分", "points", "point" };

    /// <summary>The name used in catalog files: count, people, money, percent, rate, duration, score.</summary>
    public static string Name(this IndicatorUnit unit) => unit.ToString().ToLowerInvariant();

    /// <summary>Reads a catalog file's unit name.</summary>
    public static bool TryParse(string name, out IndicatorUnit unit)
    {
        switch (name)
        {
            case "count": unit = IndicatorUnit.Count; return true;
            case "people": unit = IndicatorUnit.People; return true;
            case "money": unit = IndicatorUnit.Money; return true;
            case "percent": unit = IndicatorUnit.Percent; return true;
            case "rate": unit = IndicatorUnit.Rate; return true;
            case "duration": unit = IndicatorUnit.Duration; return true;
            case "score": unit = IndicatorUnit.Score; return true;
            default: unit = default; return false;
        }
    }

    /// <summary>Whether a count's classifier or noun names people.</summary>
    public static bool CountsPeople(Unit.Count count) =>
        (count.Classifier is { } c && PeopleWords.Contains(c)) || (count.Noun is { } n && PeopleWords.Contains(HeadWord(n)));

    /// <summary>Whether a count's classifier or noun names points of a score.</summary>
    public static bool CountsPoints(Unit.Count count) =>
        (count.Classifier is { } c && PointWords.Contains(c)) || (count.Noun is { } n && PointWords.Contains(n));

    // An English noun phrase names what it counts by its last word (service institution head).
    private static string HeadWord(string noun)
    {
        var space = noun.LastIndexOf(' ');
        return space < 0 ? noun : noun[(space + 1)..];
    }

    /// <summary>Whether <paramref name="quantity"/> can be a figure of an indicator in <paramref name="unit"/>.
    /// A count without any label may be of people or of things: the words around it decide.</summary>
    public static bool Admits(this IndicatorUnit unit, Unit quantity) => (unit, quantity) switch
    {
        (IndicatorUnit.Count, Unit.Count count) => !CountsPeople(count),
        (IndicatorUnit.People, Unit.Count count) => CountsPeople(count) || count.Label is null,
        (IndicatorUnit.Money, Unit.Money) => true,
        (IndicatorUnit.Percent, Unit.Percent) => true,

        // A rate is often written without its base next to the number (每万人口发明专利拥有量达 53.54 件): the
        // indicator's name says it is a rate, so a bare count is admitted too.
        (IndicatorUnit.Rate, Unit.RatePer or Unit.Count) => true,
        (IndicatorUnit.Duration, Unit.Duration) => true,

        // A score is written as points (82.04 points), or bare when the name says it is a score.
        (IndicatorUnit.Score, Unit.Count count) => CountsPoints(count) || count.Label is null,
        _ => false,
    };
}
