namespace Extract.Reconciliation;

/// <summary>A figure of the Chinese edition and the figure of the English edition that states it.</summary>
/// <param name="Chinese">The Chinese figure.</param>
/// <param name="English">The English figure.</param>
public sealed record FigurePair(Figure Chinese, Figure English);
