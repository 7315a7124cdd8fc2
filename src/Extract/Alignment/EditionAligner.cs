using System.Collections.Immutable;
using Extract.Documents;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Alignment;

/// <summary>Aligns the Chinese and the English edition: sections by their numbers (<c>一、</c> ↔ <c>I.</c>), then the
/// blocks inside each section pair, then the sentences inside each block pair, each time by length and shared
/// anchors (see <see cref="AlignmentOptions.Anchors"/>), allowing for merged, split, dropped and added units.</summary>
public sealed class EditionAligner
{
    private readonly AlignmentOptions _options;

    /// <summary>Creates an aligner.</summary>
    /// <param name="options">The options; <see cref="AlignmentOptions.Default"/> when <see langword="null"/>.</param>
    public EditionAligner(AlignmentOptions? options = null)
    {
        _options = options ?? AlignmentOptions.Default;
    }

    /// <summary>Aligns <paramref name="editions"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public EditionAlignment Align(Editions editions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var chinese = Sections(editions.Chinese);
        var english = Sections(editions.English);
        var ratio = (Length(editions.English.Text) + 1.0) / (Length(editions.Chinese.Text) + 1.0);
        var ordinals = chinese.Keys.Union(english.Keys).Order();
        var sections = ImmutableArray.CreateBuilder<AlignedSection>();
        foreach (var ordinal in ordinals)
        {
            var zh = chinese.GetValueOrDefault(ordinal);
            var en = english.GetValueOrDefault(ordinal);
            sections.Add(new AlignedSection(
                ordinal,
                zh.Heading,
                en.Heading,
                AlignPassages(zh.Blocks.IsDefault ? [] : zh.Blocks, en.Blocks.IsDefault ? [] : en.Blocks, ratio, cancellationToken)));
        }

        return new EditionAlignment(editions, sections.ToImmutable());
    }

    // The blocks of each numbered top-level section; what precedes the first one is section 0.
    private static Dictionary<int, (Heading? Heading, ImmutableArray<Block> Blocks)> Sections(Document document)
    {
        var sections = new Dictionary<int, (Heading? Heading, ImmutableArray<Block> Blocks)>();
        var ordinal = 0;
        Heading? heading = null;
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in document.Blocks)
        {
            if (block is Heading { Level: 1, Number: { } number } h && !sections.ContainsKey(number.Ordinal))
            {
                sections[ordinal] = (heading, blocks.ToImmutable());
                (ordinal, heading) = (number.Ordinal, h);
                blocks.Clear();
                continue;
            }

            blocks.Add(block);
        }

        sections[ordinal] = (heading, blocks.ToImmutable());
        return sections;
    }

    private ImmutableArray<AlignedPassage> AlignPassages(ImmutableArray<Block> chinese, ImmutableArray<Block> english, double ratio, CancellationToken cancellationToken)
    {
        ImmutableArray<Sentence> Split(Block block)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return SentenceSplitter.Split(block);
        }

        var zhSentences = chinese.Select(Split).ToArray();
        var enSentences = english.Select(Split).ToArray();
        var zhAnchors = zhSentences.Select(s => Anchors(s)).ToArray();
        var enAnchors = enSentences.Select(s => Anchors(s)).ToArray();
        var beads = LengthAligner.Align(
            [.. chinese.Select(b => Length(b.Text))],
            [.. english.Select(b => Length(b.Text))],
            Affinity(zhAnchors, enAnchors),
            ratio,
            _options.MaxDrift);

        var passages = ImmutableArray.CreateBuilder<AlignedPassage>(beads.Length);
        foreach (var bead in beads)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var zh = zhSentences.AsSpan(bead.SourceStart, bead.SourceCount).ToArray().SelectMany(s => s).ToImmutableArray();
            var en = enSentences.AsSpan(bead.TargetStart, bead.TargetCount).ToArray().SelectMany(s => s).ToImmutableArray();
            passages.Add(new AlignedPassage(
                chinese.Slice(bead.SourceStart, bead.SourceCount),
                english.Slice(bead.TargetStart, bead.TargetCount),
                AlignSentences(zh, en, ratio),
                bead.Cost));
        }

        return passages.ToImmutable();
    }

    private ImmutableArray<AlignedSentences> AlignSentences(ImmutableArray<Sentence> chinese, ImmutableArray<Sentence> english, double ratio)
    {
        if (chinese.IsEmpty || english.IsEmpty)
        {
            // A passage on one side only: each sentence stands alone.
            return [.. chinese.Select(s => new AlignedSentences([s], [], 0)), .. english.Select(s => new AlignedSentences([], [s], 0))];
        }

        var zhAnchors = chinese.Select(s => Anchors([s])).ToArray();
        var enAnchors = english.Select(s => Anchors([s])).ToArray();
        var beads = LengthAligner.Align([.. chinese.Select(s => Length(s.Text))], [.. english.Select(s => Length(s.Text))], Affinity(zhAnchors, enAnchors), ratio, _options.MaxDrift);
        return [.. beads.Select(b => new AlignedSentences(chinese.Slice(b.SourceStart, b.SourceCount), english.Slice(b.TargetStart, b.TargetCount), b.Cost))];
    }

    private decimal[] Anchors(IEnumerable<Sentence> sentences) =>
        _options.Anchors is null ? [] : [.. sentences.SelectMany(_options.Anchors)];

    private Func<int, int, int, int, double>? Affinity(decimal[][] source, decimal[][] target)
    {
        if (_options.Anchors is null)
        {
            return null;
        }

        var weight = _options.AnchorWeight;
        return (s0, s1, t0, t1) =>
        {
            if (s0 == s1 || t0 == t1)
            {
                return 0;
            }

            var left = new Dictionary<decimal, int>();
            for (var i = s0; i < s1; i++)
            {
                foreach (var value in source[i])
                {
                    left[value] = left.GetValueOrDefault(value) + 1;
                }
            }

            var shared = 0;
            for (var j = t0; j < t1; j++)
            {
                foreach (var value in target[j])
                {
                    if (left.TryGetValue(value, out var count) && count > 0)
                    {
                        left[value] = count - 1;
                        shared++;
                    }
                }
            }

            return weight * shared;
        };
    }

    // Characters that carry text: white space does not count, so that Chinese and English lengths compare.
    private static int Length(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                length++;
            }
        }

        return length;
    }
}
