using System.Collections.Immutable;
using Extract.Documents;
using Extract.Reading;

namespace Extract.Splitting;

/// <summary>The segments of a translator's file as two editions: a Chinese and an English <see cref="Document"/>
/// with one paragraph for each translated segment, and which block holds which segment. Each segment is its own
/// aligned unit: segment mode reconciles it with its translation only, never with its neighbours.</summary>
/// <param name="File">The file the segments were read from.</param>
/// <param name="Editions">The Chinese and English editions, one block a translated segment, in file order.</param>
/// <param name="Segments">Each segment with the block it is in each edition (<see langword="null"/> for an
/// untranslated segment, which is in neither).</param>
public sealed record SegmentEditions(SegmentFile File, Editions Editions, ImmutableArray<SegmentBlocks> Segments)
{
    /// <summary>Builds the editions of <paramref name="file"/>; its untranslated segments are counted, not compared.</summary>
    public static SegmentEditions From(SegmentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var translated = file.Segments.Where(s => s.State == SegmentState.Translated).ToList();
        var chinese = Build(file.SourcePath, Language.Chinese, translated.Select(s => s.Chinese).ToList(), out var chineseBlocks);
        var english = Build(file.SecondPath ?? file.SourcePath, Language.English, translated.Select(s => s.English).ToList(), out var englishBlocks);
        var segments = ImmutableArray.CreateBuilder<SegmentBlocks>(file.Segments.Length);
        var t = 0;
        foreach (var segment in file.Segments)
        {
            if (segment.State == SegmentState.Translated)
            {
                segments.Add(new SegmentBlocks(segment, chineseBlocks[t], englishBlocks[t]));
                t++;
            }
            else
            {
                segments.Add(new SegmentBlocks(segment, null, null));
            }
        }

        return new SegmentEditions(file, new Editions(chinese, english), segments.MoveToImmutable());
    }

    /// <summary>The segment that block <paramref name="blockIndex"/> of the edition in <paramref name="language"/>
    /// holds, or <see langword="null"/>.</summary>
    public SegmentPair? SegmentOf(Language language, int blockIndex)
    {
        _byBlock ??= Segments
            .SelectMany(s => new[] { (Key: (Language.Chinese, s.ChineseBlock), s.Segment), (Key: (Language.English, s.EnglishBlock), s.Segment) })
            .Where(e => e.Key.Item2 is not null)
            .ToDictionary(e => (e.Key.Item1, e.Key.Item2!.Value), e => e.Segment);
        return _byBlock.GetValueOrDefault((language, blockIndex));
    }

    private Dictionary<(Language, int), SegmentPair>? _byBlock;

    // One edition: the segments' texts, separated by blank lines, are its source; each becomes one paragraph, normalized
    // as every reader's blocks are. A segment whose text normalizes to nothing has no block.
    private static Document Build(string path, Language language, List<string> texts, out int?[] blockOf)
    {
        blockOf = new int?[texts.Count];
        var starts = new int[texts.Count];
        var source = new System.Text.StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            if (i > 0)
            {
                source.Append("\n\n");
            }

            starts[i] = source.Length;
            source.Append(texts[i]);
        }

        var text = source.ToString();
        var builder = new DocumentBuilder(path, DocumentFormat.Segments, text, joinPageFragments: false);
        for (var i = 0; i < texts.Count; i++)
        {
            var lines = new List<SourceLine>();
            var offset = starts[i];
            foreach (var line in texts[i].Split('\n'))
            {
                lines.Add(new SourceLine(line.TrimEnd('\r'), offset));
                offset += line.Length + 1;
            }

            builder.AddBlock(lines, BlockHint.Paragraph);
        }

        Document document;
        try
        {
            document = builder.Build();
        }
        catch (EmptyDocumentException)
        {
            // No segment is translated yet (or none holds text): an edition without blocks, not an error.
            return new Document(path, DocumentFormat.Segments, language, null, string.Empty, [], text, OffsetMap.Identity(0));
        }

        foreach (var block in document.Blocks)
        {
            var at = document.SourceMap.ToSource(block.Location.Span.Start);
            var index = Array.BinarySearch(starts, at);
            index = index >= 0 ? index : ~index - 1;
            if (index >= 0)
            {
                blockOf[index] ??= block.Location.BlockIndex;
            }
        }

        return document with { Language = language };
    }
}
