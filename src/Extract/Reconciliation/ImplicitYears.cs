using Extract.Quantities;
using Extract.Sentences;

namespace Extract.Reconciliation;

/// <summary>Tells a year that one edition states and the other leaves implicit (<c>In 2019, …</c> for 全年; 截至
/// 2019 年底 for <c>by the end of the year</c>) from a year really dropped or added: the former is no finding.</summary>
internal sealed class ImplicitYears
{
    // Words that point at the year the text is about without naming it.
    private static readonly string[] ChineseWords = ["全年", "今年", "当年", "本年", "年内", "年底", "年末", "年初", "同比"];
    private static readonly string[] EnglishWords = ["the year", "this year", "year-end", "year end", "annual", "year-on-year", "year on year"];

    // Words of a period's comparison, not of the year itself: enough in a document about one year, not in a segment.
    private static readonly string[] ComparisonWords = ["同比", "annual", "year-on-year", "year on year"];

    private readonly decimal? _chineseYear;
    private readonly decimal? _englishYear;
    private readonly bool _wholeEditions;

    /// <summary>Learns the year each edition is mostly about: the year it states most often.</summary>
    /// <param name="chinese">The Chinese figures.</param>
    /// <param name="english">The English figures.</param>
    /// <param name="wholeEditions">Whether the figures are whole editions rather than segments read one by one.</param>
    public ImplicitYears(IEnumerable<Figure> chinese, IEnumerable<Figure> english, bool wholeEditions = true)
    {
        _chineseYear = MainYear(chinese);
        _englishYear = MainYear(english);
        _wholeEditions = wholeEditions;
    }

    /// <summary>Whether <paramref name="figure"/>, a year stated on one side only, is implicit on the other side:
    /// it is the year the other edition is about, or the other side's sentences speak of "the year" without naming it.</summary>
    /// <param name="figure">The unpaired figure.</param>
    /// <param name="chinese">Whether the figure is in the Chinese edition.</param>
    /// <param name="otherSide">The sentences of the other edition in the same passage.</param>
    public bool IsImplicit(Figure figure, bool chinese, IEnumerable<Sentence> otherSide)
    {
        if (YearOf(figure.Quantity) is not { } year)
        {
            return false;
        }

        if (year == (chinese ? _englishYear : _chineseYear))
        {
            return true;
        }

        var words = (chinese ? EnglishWords : ChineseWords).Where(w => _wholeEditions || !ComparisonWords.Contains(w));
        return otherSide.Any(s => words.Any(w => s.Text.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    private static decimal? YearOf(Quantity quantity) => quantity.Role != QuantityRole.Measure ? null : quantity.Unit.Kind switch
    {
        UnitKind.Year => quantity.Value,
        UnitKind.Date => FigureMatcher.YearOf(quantity),
        _ => null,
    };

    // The most frequent year, when it is stated at least twice (a single mention says nothing about the whole text).
    private static decimal? MainYear(IEnumerable<Figure> figures)
    {
        var best = figures.Select(f => YearOf(f.Quantity)).OfType<decimal>().GroupBy(y => y).MaxBy(g => g.Count());
        return best is not null && best.Count() >= 2 ? best.Key : null;
    }
}
