using Extract.Quantities;
using Extract.Sentences;

namespace Extract.Reconciliation;

/// <summary>Figures one side states and the other conveys without a number a reader could pair: "a" for 1 (击毙1名 as
/// "killing a man"), the names of a list for its count (谭卫、何章鸿、赖斌三人 as three names), a numeral inside a
/// Chinese name ("六黑" as "six unlicensed"). Left alone they are mentioned, not flagged.</summary>
internal static class UnwrittenFigures
{
    // The longest item of a list counted after it (a name, a ministry), in characters.
    private const int LongestListItem = 14;

    /// <summary>Whether the unpaired <paramref name="figure"/> is conveyed by the other side without a figure.</summary>
    public static bool AreConveyed(Figure figure, IEnumerable<Sentence> otherSide) =>
        IsOne(figure.Quantity) || CountsTheListBeforeIt(figure)
        || (figure.Sentence.Language == Documents.Language.English ? IsNumeralOfAChineseName(figure.Quantity, otherSide) : IsRomanInEnglish(figure.Quantity, otherSide));

    // 路易十六 as "Louis XVI": the English writes the number in Roman numerals, which name and count nothing.
    private static bool IsRomanInEnglish(Quantity quantity, IEnumerable<Sentence> english)
    {
        if (quantity.Value is < 1 or > 39 || quantity.Value != decimal.Truncate(quantity.Value))
        {
            return false;
        }

        var value = (int)quantity.Value;
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        var roman = new string('X', value / 10) + ones[value % 10];
        return english.Any(s => s.Text.Split([' ', ',', '.', ';', '(', ')', '\'', '"'], StringSplitOptions.RemoveEmptyEntries).Contains(roman, StringComparer.Ordinal));
    }

    // One thing, one year: English says "a" or "an". A doubling in words (翻番, doubled) is as often said by "surged" or
    // "grew twofold" as by a number.
    private static bool IsOne(Quantity quantity) =>
        (quantity.Value == 1 && quantity.Unit.Kind is UnitKind.Count or UnitKind.Duration)
        || (quantity.Unit.Kind == UnitKind.Multiple && quantity.Form is NumberForm.EnglishWords or NumberForm.ChineseNumerals && quantity.Value >= 2);

    // 谭卫、何章鸿、赖斌三人; 财政部、税务总局、发展改革委、商务部四部门: the count of the items just listed.
    private static bool CountsTheListBeforeIt(Figure figure)
    {
        var quantity = figure.Quantity;
        if (figure.Sentence.Language != Documents.Language.Chinese || quantity.Unit.Kind != UnitKind.Count || quantity.Value is < 2 or > 12 || quantity.Value != decimal.Truncate(quantity.Value))
        {
            return false;
        }

        var text = figure.Sentence.Text;
        var start = quantity.Span.Start - figure.Sentence.Span.Start;
        var items = 1;
        var itemLength = 0;
        for (var k = start - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c == '、')
            {
                items++;
                itemLength = 0;
            }
            else if (ChineseVocabulary.EndsClause(c) || ++itemLength > LongestListItem)
            {
                break;
            }
        }

        return items == quantity.Value;
    }

    // "six unlicensed" for "六黑": the numeral is in the Chinese, inside a word the recognizer rightly reads as no figure.
    private static bool IsNumeralOfAChineseName(Quantity quantity, IEnumerable<Sentence> chinese)
    {
        if (quantity.Value is < 2 or > 99 || quantity.Value != decimal.Truncate(quantity.Value) || quantity.Unit.Kind != UnitKind.Count)
        {
            return false;
        }

        var value = (int)quantity.Value;
        string[] digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        var numeral = value < 10 ? digits[value] : (value / 10 == 1 ? string.Empty : digits[value / 10]) + "十" + digits[value % 10];
        return chinese.Any(s => s.Text.Contains(numeral, StringComparison.Ordinal) || (value == 2 && s.Text.AsSpan().IndexOfAny("两双俩") >= 0));
    }
}
