using Extract.Quantities;
using Extract.Segmentation;

namespace Extract.Facts;

/// <summary>A sentence as the fact readers see it: its text, its quantities with spans relative to its start, and
/// for Chinese its words, segmented only when a rule first asks for them.</summary>
internal sealed class SentenceView
{
    private readonly ISegmenter? segmenter;
    private List<Token>? tokens;

    public SentenceView(string text, IReadOnlyList<Quantity> quantities, int offset, ISegmenter? segmenter)
    {
        Text = text;
        Quantities = quantities;
        Offset = offset;
        this.segmenter = segmenter;
    }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>Its quantities (spans in the document).</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    /// <summary>Where the sentence starts in the document.</summary>
    public int Offset { get; }

    /// <summary>The words of the sentence, spans relative to its start.</summary>
    public List<Token> Tokens => tokens ??= segmenter is null ? [] : [.. segmenter.Segment(Text)];

    /// <summary>The start of <paramref name="quantity"/> in the sentence.</summary>
    public int StartOf(Quantity quantity) => quantity.Span.Start - Offset;

    /// <summary>The end of <paramref name="quantity"/> in the sentence.</summary>
    public int EndOf(Quantity quantity) => quantity.Span.End - Offset;

    /// <summary>Whether a temporal quantity (a year, a date) covers the position.</summary>
    public bool InTemporal(int position)
    {
        foreach (var quantity in Quantities)
        {
            if (FactExtractor.IsTemporal(quantity) && position >= StartOf(quantity) && position < EndOf(quantity))
            {
                return true;
            }
        }

        return false;
    }
}
