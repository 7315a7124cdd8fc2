using System.Collections.Immutable;
using Extract.Splitting;

namespace Extract.Alignment;

/// <summary>The two editions aligned: section by section, passage by passage, sentence by sentence.</summary>
/// <param name="Editions">The editions aligned.</param>
/// <param name="Sections">The section links, in order of their numbers.</param>
public sealed record EditionAlignment(Editions Editions, ImmutableArray<AlignedSection> Sections)
{
    /// <summary>All sentence links, in document order.</summary>
    public IEnumerable<AlignedSentences> SentenceLinks => Sections.SelectMany(s => s.Passages).SelectMany(p => p.Sentences);

    /// <summary>The share of sentences, on both sides together, that have a counterpart (0 to 1). Translations of
    /// each other score near 1; unrelated documents much lower.</summary>
    public double MatchedShare
    {
        get
        {
            int matched = 0, all = 0;
            foreach (var link in SentenceLinks)
            {
                var count = link.Chinese.Length + link.English.Length;
                all += count;
                if (!link.Chinese.IsEmpty && !link.English.IsEmpty)
                {
                    matched += count;
                }
            }

            return all == 0 ? 0 : (double)matched / all;
        }
    }
}
