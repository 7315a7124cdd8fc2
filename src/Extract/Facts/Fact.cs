using Extract.Documents;
using Extract.Quantities;
using Extract.Sentences;

namespace Extract.Facts;

/// <summary>A figure of a document read as data: what it measures, its value, the time it holds for, how it moved,
/// who it is about, and where the text says so. <c>2019年,上海专利申请量17.36万件,……同比分别增长15.54%</c> is the fact
/// <c>patent.applications = 173,600 (2019), up 15.54% year on year</c>.</summary>
/// <param name="Indicator">What the figure measures, when the catalog knows it; <see langword="null"/> otherwise.</param>
/// <param name="Label">The words of the text that name the figure (专利申请量, <c>patents granted</c>), with an
/// ellipsis resolved (授权量 after 发明专利申请量和 is 发明专利授权量); never empty.</param>
/// <param name="Quantity">The figure, as the quantity recognizer read it.</param>
/// <param name="Period">The time the figure holds for, when the sentence, its section or the document's title says
/// (<see cref="PeriodOrigin"/> tells which).</param>
/// <param name="Change">How the figure moved, when the text says.</param>
/// <param name="Subject">Who the figure is about, when not the document's own (上海, <c>Shanghai</c>, <c>the city</c>):
/// 浦东法院, <c>Shanghai Customs</c>, <c>the court system in Shanghai</c>.</param>
/// <param name="Qualifiers">How the figure was counted (其中, 累计, 共, 新增).</param>
/// <param name="Sentence">The sentence the figure stands in.</param>
public sealed record Fact(
    Indicator? Indicator,
    string Label,
    Quantity Quantity,
    Period? Period,
    Change? Change,
    string? Subject,
    FactQualifiers Qualifiers,
    Sentence Sentence)
{
    private readonly PeriodOrigin periodOrigin;

    /// <summary>Where <see cref="Period"/> comes from; <see langword="null"/> exactly when there is no period. A fact
    /// made without saying is taken as <see cref="Facts.PeriodOrigin.Stated"/>.</summary>
    public PeriodOrigin? PeriodOrigin
    {
        get => Period is null ? null : periodOrigin;
        init => periodOrigin = value ?? Facts.PeriodOrigin.Stated;
    }

    /// <summary>The figure's value, exactly (173600 for 17.36 万件).</summary>
    public decimal Value => Quantity.Value;

    /// <summary>Where the figure stands in the document's text.</summary>
    public TextSpan Span => Quantity.Span;

    /// <summary>The language of the sentence.</summary>
    public Language Language => Sentence.Language;

    /// <summary>The indicator's id, or <see langword="null"/> when the catalog does not know the figure.</summary>
    public string? IndicatorId => Indicator?.Id;

    /// <inheritdoc/>
    public override string ToString()
    {
        var name = Indicator?.Id ?? "\"" + Label + "\"";
        var period = Period is null ? string.Empty : $" ({Period})";
        var change = Change is null ? string.Empty : $", {Change.Direction} {Change.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Change.Unit}";
        return $"{name} = {Quantity.Text}{period}{change}";
    }
}
