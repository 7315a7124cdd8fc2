using System.Collections.Immutable;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Alignment;

/// <summary>The alignment a translator's file already gives: each segment is one passage, its sentences one link.
/// Nothing is aligned across segments, so a figure is only ever compared with its own segment's translation.</summary>
public static class SegmentAligner
{
    /// <summary>One section of one passage per translated segment, in file order.</summary>
    public static EditionAlignment Align(SegmentEditions segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var (chinese, english) = (segments.Editions.Chinese, segments.Editions.English);
        var passages = ImmutableArray.CreateBuilder<AlignedPassage>();
        foreach (var s in segments.Segments)
        {
            if (s.ChineseBlock is null && s.EnglishBlock is null)
            {
                continue;
            }

            var zh = s.ChineseBlock is { } z ? ImmutableArray.Create(chinese.Blocks[z]) : [];
            var en = s.EnglishBlock is { } e ? ImmutableArray.Create(english.Blocks[e]) : [];
            var link = new AlignedSentences([.. zh.SelectMany(b => SentenceSplitter.Split(b))], [.. en.SelectMany(b => SentenceSplitter.Split(b))], 0);
            passages.Add(new AlignedPassage(zh, en, [link], 0));
        }

        return new EditionAlignment(segments.Editions, [new AlignedSection(0, null, null, passages.ToImmutable())]);
    }
}
