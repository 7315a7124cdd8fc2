using System.Collections.Immutable;
using Extract.Documents;

namespace Extract.Splitting;

/// <summary>Splits a document that holds both editions (one after the other, as bilingual white papers are printed,
/// or paragraph by paragraph, each Chinese paragraph followed by its translation) into a Chinese and an English
/// <see cref="Document"/>.</summary>
/// <remarks>The split point is where the language of the blocks changes for good: the point that puts the most
/// Chinese text on one side and the most English text on the other. No marker line is needed, embedded terms (PCT,
/// WIPO, a Chinese name in brackets) do not move it, and chart captions and page residue stay with the edition in
/// which they stand. Where no such point exists because the languages alternate block by block (a bilingual release
/// that gives each paragraph in both languages), each edition is made of the blocks in its language, in order, and
/// <see cref="Editions.Interleaved"/> says so; blocks without letters of either script go with the block before them.
/// A document whose paragraphs each mix the two languages has no editions to separate and is refused.</remarks>
public static class EditionSplitter
{
    /// <summary>The smallest share of the text that the lesser edition must have, in per cent.</summary>
    public const int MinimumEditionSharePercent = 10;

    // The share of the text, in per cent, that the best single split may leave on the wrong side before the layout is
    // taken for interleaved: the 2019 white paper leaves under 2%, an interleaved version of it about half.
    private const int MaximumMisplacedSharePercent = 20;

    /// <summary>Splits <paramref name="document"/> into its two editions.</summary>
    /// <exception cref="NotBilingualException">The document holds one language only, or too little of the second.</exception>
    public static Editions Split(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var split = FindSplit(document);
        if (split.Interleaved)
        {
            return SplitInterleaved(document);
        }

        var first = Slice(document, Enumerable.Range(0, split.Index), split.ChineseFirst ? Language.Chinese : Language.English);
        var second = Slice(document, Enumerable.Range(split.Index, document.Blocks.Length - split.Index), split.ChineseFirst ? Language.English : Language.Chinese);
        return split.ChineseFirst ? new Editions(first, second) : new Editions(second, first);
    }

    // Each block goes to the edition of its language; a block with no letters (a figure, a date) stays with the
    // block before it, whose paragraph it belongs to.
    private static Editions SplitInterleaved(Document document)
    {
        var chinese = new List<int>();
        var english = new List<int>();
        var (han, latin) = (new int[document.Blocks.Length], new int[document.Blocks.Length]);
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            (han[i], latin[i]) = LanguageDetector.CountScripts(document.Blocks[i].Text);
        }

        // A leading block without letters goes with the first block that has them.
        var previous = Enumerable.Range(0, document.Blocks.Length).Select(i => LanguageOf(han[i], latin[i])).FirstOrDefault(l => l != Language.Neutral);
        for (var i = 0; i < document.Blocks.Length; i++)
        {
            var language = LanguageOf(han[i], latin[i]);
            language = language == Language.Neutral ? previous : language;
            (language == Language.English ? english : chinese).Add(i);
            previous = language;
        }

        return new Editions(Slice(document, chinese, Language.Chinese), Slice(document, english, Language.English)) { Interleaved = true };
    }

    private static Language LanguageOf(long han, long latin)
    {
        var english = latin / LanguageDetector.LatinLettersPerHanCharacter;
        return han == 0 && english == 0 ? Language.Neutral : han >= english ? Language.Chinese : Language.English;
    }

    /// <summary>Whether <paramref name="document"/> holds two editions that <see cref="Split"/> can separate.</summary>
    public static bool IsBilingual(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            FindSplit(document);
            return true;
        }
        catch (NotBilingualException)
        {
            return false;
        }
    }

    private static (int Index, bool ChineseFirst, bool Interleaved) FindSplit(Document document)
    {
        var blocks = document.Blocks;
        var balance = new long[blocks.Length];
        long totalChinese = 0, totalEnglish = 0, mixed = 0;
        for (var i = 0; i < blocks.Length; i++)
        {
            var (han, latin) = LanguageDetector.CountScripts(blocks[i].Text);
            long english = latin / LanguageDetector.LatinLettersPerHanCharacter;
            balance[i] = han - english;
            mixed += Math.Min(han, english);
            totalChinese += han;
            totalEnglish += english;
        }

        // score(k) = Σ_{i<k} balance - Σ_{i≥k} balance for "Chinese first"; its negation for "English first".
        long total = balance.Sum();
        long prefix = 0;
        long best = long.MinValue;
        var bestIndex = 0;
        var bestChineseFirst = true;
        for (var k = 0; k <= blocks.Length; k++)
        {
            var chineseFirst = prefix - (total - prefix);
            if (chineseFirst >= best)
            {
                (best, bestIndex, bestChineseFirst) = (chineseFirst, k, true);
            }

            if (-chineseFirst > best)
            {
                (best, bestIndex, bestChineseFirst) = (-chineseFirst, k, false);
            }

            if (k < blocks.Length)
            {
                prefix += balance[k];
            }
        }

        var all = totalChinese + totalEnglish;
        var lesser = Math.Min(totalChinese, totalEnglish);
        if (all > 0 && mixed * 100 >= all * MaximumMisplacedSharePercent)
        {
            // Blocks that each hold both languages (a sentence and its translation in one paragraph) cannot be separated.
            throw new NotBilingualException(
                document.SourcePath,
                $"its paragraphs each mix Chinese and English ({Percent(mixed * 2, all)}% of the text stands in paragraphs of both languages), so there are no Chinese and English editions to compare; give each language its own paragraphs or its own file");
        }

        if (all == 0 || lesser * 100 < all * MinimumEditionSharePercent || bestIndex == 0 || bestIndex == blocks.Length)
        {
            var only = totalChinese >= totalEnglish ? "Chinese" : "English";
            throw new NotBilingualException(
                document.SourcePath,
                $"the document holds one edition only: it is {only} (Chinese {Percent(totalChinese, all)}%, English {Percent(totalEnglish, all)}% of the text), so there is no second edition to split off");
        }

        // The text the best split leaves on the wrong side: a few embedded terms and captions where the editions follow
        // each other, about half of it where the languages alternate block by block.
        long misplaced = 0;
        var switches = 0;
        var last = Language.Neutral;
        for (var i = 0; i < blocks.Length; i++)
        {
            var (han, latin) = LanguageDetector.CountScripts(blocks[i].Text);
            long english = latin / LanguageDetector.LatinLettersPerHanCharacter;
            misplaced += (i < bestIndex) == bestChineseFirst ? english : han;
            var language = LanguageOf(han, english * LanguageDetector.LatinLettersPerHanCharacter);
            if (language != Language.Neutral && last != Language.Neutral && language != last)
            {
                switches++;
            }

            last = language == Language.Neutral ? last : language;
        }

        if (misplaced * 100 < all * MaximumMisplacedSharePercent || switches < 4)
        {
            return (bestIndex, bestChineseFirst, false);
        }

        return (bestIndex, bestChineseFirst, true);
    }

    private static long Percent(long part, long all) => all == 0 ? 0 : part * 100 / all;

    // A new document of the blocks at the indices, in order, its text rebuilt and its offsets mapped to the same source.
    private static Document Slice(Document document, IEnumerable<int> indices, Language language)
    {
        var text = new MappedTextBuilder();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var i in indices)
        {
            var block = document.Blocks[i];
            if (text.Length > 0)
            {
                var separator = document.SourceMap.ToSource(block.Location.Span.Start);
                text.Append('\n', separator);
                text.Append('\n', separator);
            }

            var delta = text.Length - block.Location.Span.Start;
            text.Append(document.Text, block.Location.Span, document.SourceMap);
            var location = block.Location with { BlockIndex = blocks.Count, Span = block.Location.Span.Shift(delta) };
            blocks.Add(block switch
            {
                Table table => table with { Location = location, Rows = [.. table.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Span = c.Span.Shift(delta) })] })] },
                _ => block with { Location = location },
            });
        }

        var title = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 0 && h.Language == language)?.Text
                    ?? blocks.FirstOrDefault(b => b is Caption or Heading && b.Language == language)?.Text;
        for (var i = 0; i < blocks.Count; i++)
        {
            // A caption that repeats the edition's title (cover page, title page) is the title.
            if (title is not null && blocks[i] is Caption caption && string.Equals(Squeeze(caption.Text), Squeeze(title), StringComparison.OrdinalIgnoreCase))
            {
                blocks[i] = new Heading(caption.Text, caption.Language, caption.Location, 0, null);
            }
        }

        return document with
        {
            Language = language,
            Title = title,
            Text = text.ToString(),
            Blocks = blocks.ToImmutable(),
            SourceMap = text.BuildMap(),
        };
    }

    private static string Squeeze(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);
}
