namespace Extract.Reconciliation;

/// <summary>The broad kinds of thing counted, to tell a count of persons from a count of cases across languages.</summary>
internal enum CountedThing
{
    Unknown = 0,
    Person,
    Visit,
    Case,

    // Units of measure, counted like classifiers: 800公里 as "800 miles" changes the fact.
    Kilometre,
    Mile,
    Metre,
    Foot,
    Kilogram,
    Pound,
    Tonne,
    Mu,
    Acre,
    Hectare,
}

/// <summary>Which classifiers and nouns count which kind of thing.</summary>
internal static class CountedThings
{
    public static CountedThing OfClassifier(string classifier) => classifier switch
    {
        "人" or "名" or "位" => CountedThing.Person,
        "人次" or "家次" => CountedThing.Visit,
        "件" or "起" or "宗" => CountedThing.Case,
        "公里" or "千米" => CountedThing.Kilometre,
        "英里" => CountedThing.Mile,
        "米" => CountedThing.Metre,
        "英尺" => CountedThing.Foot,
        "公斤" or "千克" => CountedThing.Kilogram,
        "磅" => CountedThing.Pound,
        "吨" => CountedThing.Tonne,
        "亩" => CountedThing.Mu,
        "英亩" => CountedThing.Acre,
        "公顷" => CountedThing.Hectare,
        _ => CountedThing.Unknown,
    };

    public static CountedThing OfNoun(string noun) => noun.ToLowerInvariant() switch
    {
        "person" or "persons" or "people" or "officer" or "officers" or "staff" or "suspect" or "suspects" or "expert" or "experts" or "individual" or "individuals" => CountedThing.Person,
        "visit" or "visits" or "person-time" or "person-times" or "man-times" => CountedThing.Visit,
        "case" or "cases" => CountedThing.Case,
        "km" or "kilometre" or "kilometres" or "kilometer" or "kilometers" => CountedThing.Kilometre,
        "mile" or "miles" => CountedThing.Mile,
        "metre" or "metres" or "meter" or "meters" => CountedThing.Metre,
        "foot" or "feet" or "ft" => CountedThing.Foot,
        "kg" or "kilogram" or "kilograms" or "kilo" or "kilos" => CountedThing.Kilogram,
        "pound" or "pounds" or "lb" or "lbs" => CountedThing.Pound,
        "ton" or "tons" or "tonne" or "tonnes" => CountedThing.Tonne,
        "mu" => CountedThing.Mu,
        "acre" or "acres" => CountedThing.Acre,
        "hectare" or "hectares" => CountedThing.Hectare,
        _ => CountedThing.Unknown,
    };

    /// <summary>Whether a Chinese and an English count are known to count the same kind of thing (人 and suspects).</summary>
    public static bool Same(Quantities.Quantity zh, Quantities.Quantity en) =>
        zh.Unit is Quantities.Unit.Count { Classifier: { } classifier } && en.Unit is Quantities.Unit.Count { Noun: { } noun }
        && OfClassifier(classifier) is var thing && thing != CountedThing.Unknown && thing == OfNoun(noun);
}
