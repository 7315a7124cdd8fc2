using Extract.Quantities;

namespace Extract.Facts;

/// <summary>What the fact reader needs to know of one language's wording: where clauses break, which words state a
/// period, a change, a subject, and how a figure's own words are cut out of its clause.</summary>
internal abstract class LanguageRules
{
    /// <summary>Whether <paramref name="c"/> ends a clause (a comma or a semicolon in Chinese, a semicolon in English).</summary>
    public abstract bool IsClauseBreak(char c);

    /// <summary>Whether the text between two figures only joins them into a list (和, 、, <c>and</c>).</summary>
    public abstract bool IsListSeparator(ReadOnlySpan<char> between);

    /// <summary>The wordings of the sentence that state periods, in order; the temporal quantities they consume
    /// (a duration in <c>Over the past three years</c>) are added to <paramref name="consumed"/>. <c>Last year</c> is
    /// read against <paramref name="documentYear"/>, <c>throughout the year</c> (全年) against the year under
    /// discussion, <paramref name="currentYear"/>.</summary>
    public abstract List<PeriodMarker> PeriodMarkers(SentenceView sentence, int? documentYear, int? currentYear, HashSet<Quantity> consumed);

    /// <summary>What the words around a quantity say about it as a change.</summary>
    public abstract ChangeWording ReadChange(SentenceView sentence, Quantity quantity, int clauseStart);

    /// <summary>Who the sentence is about when not the document's own (浦东法院, <c>Shanghai Customs</c>), or
    /// <see langword="null"/>; <paramref name="subjectEnd"/> is where the subject's words end.</summary>
    public abstract string? Subject(SentenceView sentence, out int subjectEnd);

    /// <summary>Whether the sentence leaves out its subject and so continues the previous one (受理…, <c>It also…</c>).</summary>
    public abstract bool ContinuesSubject(SentenceView sentence);

    /// <summary>The words that name the figure at [<paramref name="start"/>, <paramref name="end"/>), read from
    /// <paramref name="stretchStart"/>; empty when there are none.</summary>
    public abstract string Label(SentenceView sentence, int stretchStart, int start, int end, int subjectEnd);

    /// <summary>The coordinated names before a list of <paramref name="count"/> figures (发明专利申请量和授权量 →
    /// 发明专利申请量, 发明专利授权量), or <see langword="null"/> when they do not come out as that many.</summary>
    public abstract IReadOnlyList<string>? Conjuncts(SentenceView sentence, int stretchStart, int start, int count, int subjectEnd);

    /// <summary>Whether the words just before the figure at <paramref name="start"/> make it count more of what the
    /// figure before it counts (<c>another 6</c>, <c>further three</c>, 另有, 分别有), so that it inherits that figure's
    /// indicator and, with no words of its own, its label.</summary>
    public abstract bool ContinuesFigure(SentenceView sentence, int stretchStart, int start);

    /// <summary>Whether the figure is a stock held at a date (<c>valid</c>, <c>in force</c>, 拥有量, 有效) rather than a
    /// flow over a year, read from its stretch and its <paramref name="label"/>.</summary>
    public abstract bool IsStock(SentenceView sentence, int stretchStart, int start, string label);

    /// <summary>What the words before a figure say about how it was counted.</summary>
    public abstract FactQualifiers Qualifiers(SentenceView sentence, int stretchStart, int start, int end);

    /// <summary>A date (<c>yyyyMMdd</c>, the year 0 when not written) as a period, its year taken from the document
    /// when the text leaves it out; <see langword="null"/> when neither gives one.</summary>
    protected static Period? DateIn(int date, int? documentYear)
    {
        if (date < 10000000 && documentYear is { } year)
        {
            date += year * 10000;
        }

        return date >= 10000000 ? new Period.Date(date) : null;
    }

    /// <summary>A part of a year (the first half) in the year the sentence last named, else the document's year;
    /// <see langword="null"/> when neither gives one.</summary>
    protected static Period? YearPartIn(List<PeriodMarker> markers, int? documentYear, int index, int parts) =>
        (markers.Count > 0 ? markers[^1].Period?.LastYear : documentYear) is { } year ? new Period.YearPart(year, index, parts) : null;
}
