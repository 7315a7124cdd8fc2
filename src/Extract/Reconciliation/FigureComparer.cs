namespace Extract.Reconciliation;

/// <summary>Figures compared by value, as the record compares them, but hashed by where they stand: a record's own hash
/// reads the whole sentence's text, which costs a sentence's length for every figure in it.</summary>
internal sealed class FigureComparer : IEqualityComparer<Figure>
{
    public static FigureComparer Instance { get; } = new();

    public bool Equals(Figure? x, Figure? y) => ReferenceEquals(x, y) || EqualityComparer<Figure>.Default.Equals(x, y);

    public int GetHashCode(Figure figure) =>
        HashCode.Combine(figure.Quantity.Span, figure.Quantity.Value, figure.Sentence.Span, figure.Sentence.BlockIndex, figure.Sentence.Language);
}
