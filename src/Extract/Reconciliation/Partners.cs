namespace Extract.Reconciliation;

/// <summary>The pairs of agreeing figures made so far, looked up from either side by reference (two occurrences of
/// one value are different figures).</summary>
internal sealed class Partners
{
    private readonly Dictionary<Figure, Figure> _ofChinese = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Figure, Figure> _ofEnglish = new(ReferenceEqualityComparer.Instance);

    public void Add(FigurePair pair)
    {
        _ofChinese[pair.Chinese] = pair.English;
        _ofEnglish[pair.English] = pair.Chinese;
    }

    /// <summary>The English partner of a Chinese figure, if it has one.</summary>
    public Figure? OfChinese(Figure chinese) => _ofChinese.GetValueOrDefault(chinese);

    /// <summary>The Chinese partner of an English figure, if it has one.</summary>
    public Figure? OfEnglish(Figure english) => _ofEnglish.GetValueOrDefault(english);
}
