using System.Collections.Immutable;
using Extract.Documents;
using Extract.Quantities;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Tables;

/// <summary>The table units of both editions: a sentence's quantities read with the units of the table it stands in,
/// whichever edition holds it.</summary>
internal sealed class EditionTableUnits(Editions editions)
{
    private readonly TableUnits _chinese = new(editions.Chinese);
    private readonly TableUnits _english = new(editions.English);

    public ImmutableArray<Quantity> Recognize(Sentence sentence)
    {
        var quantities = QuantityRecognizer.Recognize(sentence);
        var (first, second) = sentence.Language == Language.English ? (editions.English, _english) : (editions.Chinese, _chinese);
        if (Holds(first, sentence))
        {
            return second.Apply(sentence, quantities);
        }

        var (other, otherUnits) = sentence.Language == Language.English ? (editions.Chinese, _chinese) : (editions.English, _english);
        return Holds(other, sentence) ? otherUnits.Apply(sentence, quantities) : quantities;
    }

    // Both editions number their blocks from 0, so a sentence's block index alone does not say which edition holds it.
    private static bool Holds(Document document, Sentence sentence) =>
        sentence.BlockIndex >= 0 && sentence.BlockIndex < document.Blocks.Length
        && document.Blocks[sentence.BlockIndex] is Table table && table.Location.Span.Contains(sentence.Span);
}
