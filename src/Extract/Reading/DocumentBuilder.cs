using System.Collections.Immutable;
using Extract.Documents;
using Extract.Reading.Text;

namespace Extract.Reading;

/// <summary>Turns the lines a reader found into a <see cref="Document"/>: normalizes each block, tells its
/// language, recognizes headings and captions, and joins the fragments of paragraphs cut by page breaks.</summary>
/// <remarks>Every reader (text, HTML, PDF, or one of your own behind <see cref="IDocumentFormatReader"/>) feeds its
/// blocks here in reading order, so that all formats yield documents normalized the same way.</remarks>
public sealed class DocumentBuilder
{
    private const int ChineseShortLine = 40;
    private const int EnglishShortLine = 150;
    private const int ChineseCaptionLength = 30;
    private const int EnglishCaptionLength = 80;

    private readonly string _sourcePath;
    private readonly DocumentFormat _format;
    private readonly string _source;
    private readonly bool _joinPageFragments;
    private readonly List<RawBlock> _raw = [];

    /// <summary>Starts a document.</summary>
    /// <param name="sourcePath">The path or name of the input, for the document and for errors.</param>
    /// <param name="format">The format read.</param>
    /// <param name="source">The source text that <see cref="SourceLine.SourceOffset"/>s point into.</param>
    /// <param name="joinPageFragments">Whether a paragraph that stops mid-sentence is continued by the next one
    /// (true for text and PDF, where page breaks cut paragraphs; false for HTML, whose blocks are explicit).</param>
    public DocumentBuilder(string sourcePath, DocumentFormat format, string source, bool joinPageFragments)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(source);
        _sourcePath = sourcePath;
        _format = format;
        _source = source;
        _joinPageFragments = joinPageFragments;
    }

    /// <summary>Adds a block made of <paramref name="lines"/> (a paragraph broken into lines, or a single line).</summary>
    /// <param name="lines">The block's lines in order.</param>
    /// <param name="hint">What the format says the block is.</param>
    /// <param name="page">The one-based page the block starts on, for formats with pages.</param>
    /// <param name="elementPath">For HTML, the path of the element the block came from.</param>
    /// <param name="headingLevel">With <see cref="BlockHint.Heading"/>: the level the format gives, when it gives one.</param>
    public void AddBlock(IReadOnlyList<SourceLine> lines, BlockHint hint = BlockHint.Auto, int? page = null, string? elementPath = null, int? headingLevel = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count > 0)
        {
            _raw.Add(new RawBlock([.. lines], [], 0, hint, page, elementPath, headingLevel));
        }
    }

    /// <summary>Adds a table: rows of cells, each cell given as its text and source offset.</summary>
    /// <param name="rows">The rows, top to bottom; each row's cells left to right.</param>
    /// <param name="headerRows">How many of the first rows are header rows.</param>
    /// <param name="page">The one-based page the table starts on, for formats with pages.</param>
    /// <param name="elementPath">For HTML, the path of the table element.</param>
    public void AddTable(IReadOnlyList<IReadOnlyList<SourceLine>> rows, int headerRows = 0, int? page = null, string? elementPath = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count > 0)
        {
            _raw.Add(new RawBlock([], [.. rows.Select(r => r.ToImmutableArray())], headerRows, BlockHint.Auto, page, elementPath, null));
        }
    }

    /// <summary>Builds the document.</summary>
    /// <exception cref="EmptyDocumentException">No block holds any text.</exception>
    public Document Build()
    {
        var hyphenation = HyphenationVocabulary.From(_raw.SelectMany(b => b.Lines.Concat(b.Rows.SelectMany(r => r))));
        var pending = new List<PendingBlock>();
        foreach (var raw in _raw)
        {
            var block = raw.Rows.IsEmpty ? Normalize(raw, hyphenation) : NormalizeTable(raw);
            if (block is not null)
            {
                pending.Add(block);
            }
        }

        if (pending.Count == 0 || pending.All(b => b.Text.Length == 0))
        {
            throw new EmptyDocumentException(_sourcePath);
        }

        var title = FindTitle(pending);
        MarkTitles(pending, title);
        if (_joinPageFragments)
        {
            pending = JoinPageFragments(pending, title, hyphenation);
        }

        return Assemble(pending, title?.Text);
    }

    private PendingBlock? Normalize(RawBlock raw, HyphenationVocabulary hyphenation)
    {
        var language = LanguageDetector.Detect(string.Concat(raw.Lines.Select(l => l.Text)));
        var chars = new List<char>();
        var offsets = new List<int>();
        var headingMarks = 0;
        foreach (var line in raw.Lines)
        {
            var start = chars.Count;
            var lineChars = new List<char>();
            var lineOffsets = new List<int>();
            var marks = TextNormalizer.CleanLine(line, lineChars, lineOffsets);
            if (start == 0)
            {
                headingMarks = marks;
            }

            TrimSpaces(lineChars, lineOffsets);
            if (lineChars.Count == 0)
            {
                continue;
            }

            if (chars.Count > 0)
            {
                JoinLine(chars, offsets, lineChars, language, hyphenation);
            }

            chars.AddRange(lineChars);
            offsets.AddRange(lineOffsets);
        }

        var (text, map) = TextNormalizer.Finish(chars, offsets, language);
        if (text.Length == 0)
        {
            return null;
        }

        return Classify(new PendingBlock(text, map, language, raw.Page, raw.ElementPath), raw, headingMarks);
    }

    private PendingBlock? NormalizeTable(RawBlock raw)
    {
        var builder = new MappedTextBuilder();
        var rows = ImmutableArray.CreateBuilder<(ImmutableArray<TableCell> Cells, bool Header)>();
        for (var r = 0; r < raw.Rows.Length; r++)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n', Math.Max(0, raw.Rows[r].FirstOrDefault().SourceOffset - 1));
            }

            var cells = ImmutableArray.CreateBuilder<TableCell>();
            foreach (var cell in raw.Rows[r])
            {
                if (cells.Count > 0)
                {
                    builder.Append('\t', Math.Max(0, cell.SourceOffset - 1));
                }

                var chars = new List<char>();
                var offsets = new List<int>();
                TextNormalizer.CleanLine(cell, chars, offsets);
                var (text, map) = TextNormalizer.Finish(chars, offsets, LanguageDetector.Detect(cell.Text));
                var start = builder.Length;
                builder.Append(text, new TextSpan(0, text.Length), map);
                if (text.Length == 0)
                {
                    builder.Append(' ', cell.SourceOffset);
                    text = " ";
                }

                cells.Add(new TableCell(text.Trim(), new TextSpan(start, text.Length)));
            }

            rows.Add((cells.ToImmutable(), r < raw.HeaderRows));
        }

        var tableText = builder.ToString();
        if (tableText.Trim().Length == 0)
        {
            return null;
        }

        return new PendingBlock(tableText, builder.BuildMap(), LanguageDetector.Detect(tableText), raw.Page, raw.ElementPath)
        {
            Kind = BlockKind.Table,
            Rows = rows.ToImmutable(),
        };
    }

    private static PendingBlock Classify(PendingBlock block, RawBlock raw, int headingMarks)
    {
        var text = block.Text;
        var chinese = block.Language == Language.Chinese;
        var number = SectionNumberParser.Parse(text);
        var endsSentence = EndsSentence(text);
        var isShort = text.Length <= (chinese ? ChineseShortLine : EnglishShortLine);
        switch (raw.Hint)
        {
            case BlockHint.Title:
                return block with { Kind = BlockKind.Heading, Level = 0, Number = null };
            case BlockHint.Heading:
                return block with { Kind = BlockKind.Heading, Level = LevelOf(number) ?? raw.HeadingLevel ?? 2, Number = number };
            case BlockHint.Paragraph:
                return block with { Kind = BlockKind.Paragraph };
        }

        if (headingMarks > 0)
        {
            // Markdown marks a heading but its level is unreliable in converted text; the numbering decides.
            return block with { Kind = BlockKind.Heading, Level = LevelOf(number) ?? -1, Number = number };
        }

        if (number is not null && number.Style != NumberingStyle.Arabic && isShort && !endsSentence)
        {
            return block with { Kind = BlockKind.Heading, Level = LevelOf(number)!.Value, Number = number };
        }

        if (!endsSentence && raw.Lines.Length == 1 && (block.Language == Language.Neutral || text.Length <= (chinese ? ChineseCaptionLength : EnglishCaptionLength)))
        {
            return block with { Kind = BlockKind.Caption };
        }

        return block with { Kind = BlockKind.Paragraph };
    }

    private static int? LevelOf(SectionNumber? number) => number?.Style switch
    {
        NumberingStyle.ChineseNumeral or NumberingStyle.Roman => 1,
        NumberingStyle.ParenthesizedChineseNumeral or NumberingStyle.Arabic => 2,
        _ => null,
    };

    private static PendingBlock? FindTitle(List<PendingBlock> blocks) =>
        blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Level == 0 && b.Number is null)
        ?? blocks.FirstOrDefault(b => b.Kind is BlockKind.Heading or BlockKind.Caption && b.Language != Language.Neutral);

    // Unnumbered markdown headings and captions that repeat the title are title headings (level 0); other unnumbered
    // markdown headings are sub-headings.
    private static void MarkTitles(List<PendingBlock> blocks, PendingBlock? title)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var isTitle = title is not null && b.Kind is BlockKind.Heading or BlockKind.Caption && b.Number is null && SameTitle(b.Text, title.Text, tolerance: 0);
            if (isTitle)
            {
                blocks[i] = b with { Kind = BlockKind.Heading, Level = 0 };
            }
            else if (b.Kind == BlockKind.Heading && b.Level < 0)
            {
                blocks[i] = b with { Level = 2 };
            }
        }
    }

    private List<PendingBlock> JoinPageFragments(List<PendingBlock> blocks, PendingBlock? title, HyphenationVocabulary hyphenation)
    {
        var result = new List<PendingBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var current = blocks[i];
            // A short English line that stops mid-sentence looks like a caption until the next block goes on in
            // lower case; Chinese captions are never continued.
            while ((current.Kind == BlockKind.Paragraph || (current.Kind == BlockKind.Caption && current.Language == Language.English))
                   && !EndsSentence(current.Text) && !current.Text.EndsWith(':') && !current.Text.EndsWith('：'))
            {
                // A running title printed at the top of the next page may stand between the two fragments.
                var next = i + 1;
                while (next < blocks.Count && title is not null && blocks[next].Kind is BlockKind.Caption or BlockKind.Heading
                       && blocks[next].Number is null && SameTitle(blocks[next].Text, title.Text, tolerance: 2))
                {
                    next++;
                }

                if (next >= blocks.Count || !Continues(current, blocks[next]))
                {
                    break;
                }

                current = Join(current, blocks[next], hyphenation);
                i = next;
            }

            result.Add(current);
        }

        return result;
    }

    private static bool Continues(PendingBlock fragment, PendingBlock next)
    {
        if (next.Language != fragment.Language || next.Kind is BlockKind.Heading or BlockKind.Table)
        {
            return false;
        }

        var startsLower = char.IsLower(next.Text[0]);
        if (fragment.Kind == BlockKind.Caption)
        {
            return startsLower;
        }

        if (next.Kind == BlockKind.Caption && !startsLower)
        {
            return false;
        }

        var longEnough = fragment.Text.Length >= (fragment.Language == Language.Chinese ? ChineseShortLine : 60);
        return longEnough || startsLower;
    }

    private static PendingBlock Join(PendingBlock first, PendingBlock second, HyphenationVocabulary hyphenation)
    {
        var chars = new List<char>(first.Text.Length + second.Text.Length + 1);
        var offsets = new List<int>(chars.Capacity);
        Spread(first, chars, offsets);
        var secondChars = new List<char>();
        var secondOffsets = new List<int>();
        Spread(second, secondChars, secondOffsets);
        JoinLine(chars, offsets, secondChars, first.Language, hyphenation);
        chars.AddRange(secondChars);
        offsets.AddRange(secondOffsets);
        var builder = new MappedTextBuilder();
        for (var k = 0; k < chars.Count; k++)
        {
            builder.Append(chars[k], offsets[k]);
        }

        return first with { Text = builder.ToString(), Map = builder.BuildMap(), Kind = BlockKind.Paragraph };
    }

    private static void Spread(PendingBlock block, List<char> chars, List<int> offsets)
    {
        for (var k = 0; k < block.Text.Length; k++)
        {
            chars.Add(block.Text[k]);
            offsets.Add(block.Map.ToSource(k));
        }
    }

    // Chinese lines join with nothing between them; English lines with a space, or, where a hyphen split a word,
    // with nothing and without the hyphen.
    private static void JoinLine(List<char> chars, List<int> offsets, List<char> next, Language language, HyphenationVocabulary hyphenation)
    {
        var last = chars[^1];
        var first = next[0];
        if (language == Language.Chinese && !(char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(first)))
        {
            return;
        }

        if (last == '-' && chars.Count > 1 && char.IsLetter(chars[^2]) && char.IsLetter(first))
        {
            var before = WordBefore(chars, chars.Count - 1);
            var after = WordAfter(next);
            if (!hyphenation.KeepsHyphen(before, after))
            {
                chars.RemoveAt(chars.Count - 1);
                offsets.RemoveAt(offsets.Count - 1);
            }

            return;
        }

        chars.Add(' ');
        offsets.Add(offsets[^1] + 1);
    }

    private static string WordBefore(List<char> chars, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(chars[start - 1]))
        {
            start--;
        }

        return new string(chars.GetRange(start, end - start).ToArray());
    }

    private static string WordAfter(List<char> chars)
    {
        var end = 0;
        while (end < chars.Count && char.IsLetter(chars[end]))
        {
            end++;
        }

        return new string(chars.GetRange(0, end).ToArray());
    }

    private static void TrimSpaces(List<char> chars, List<int> offsets)
    {
        var end = chars.Count;
        while (end > 0 && chars[end - 1] == ' ')
        {
            end--;
        }

        chars.RemoveRange(end, chars.Count - end);
        offsets.RemoveRange(end, offsets.Count - end);
        var start = 0;
        while (start < chars.Count && chars[start] == ' ')
        {
            start++;
        }

        chars.RemoveRange(0, start);
        offsets.RemoveRange(0, start);
    }

    private Document Assemble(List<PendingBlock> pending, string? title)
    {
        var text = new MappedTextBuilder();
        var blocks = ImmutableArray.CreateBuilder<Block>(pending.Count);
        var weights = new Dictionary<Language, int>();
        var previousSourceEnd = 0;
        foreach (var p in pending)
        {
            if (text.Length > 0)
            {
                // The blank line between blocks stands for the line breaks after the previous block.
                text.Append('\n', previousSourceEnd);
                text.Append('\n', previousSourceEnd);
            }

            var start = text.Length;
            text.Append(p.Text, new TextSpan(0, p.Text.Length), p.Map);
            previousSourceEnd = Math.Min(_source.Length, p.Map.ToSource(p.Text.Length - 1) + 1);
            var location = new SourceLocation(blocks.Count, new TextSpan(start, p.Text.Length), p.Page, p.ElementPath);
            blocks.Add(p.Kind switch
            {
                BlockKind.Heading => new Heading(p.Text, p.Language, location, Math.Max(0, p.Level), p.Number),
                BlockKind.Caption => new Caption(p.Text, p.Language, location),
                BlockKind.Table => new Table(p.Text, p.Language, location, [.. p.Rows.Select(r => new TableRow([.. r.Cells.Select(c => c with { Span = c.Span.Shift(start) })], r.Header))]),
                _ => new Paragraph(p.Text, p.Language, location),
            });
            var (han, latin) = LanguageDetector.CountScripts(p.Text);
            weights[Language.Chinese] = weights.GetValueOrDefault(Language.Chinese) + han;
            weights[Language.English] = weights.GetValueOrDefault(Language.English) + (latin / LanguageDetector.LatinLettersPerHanCharacter);
        }

        // The language with the most script weight: a Han character weighs as much as four Latin letters.
        var language = weights.Where(w => w.Value > 0).OrderByDescending(w => w.Value).Select(w => w.Key).FirstOrDefault();
        return new Document(_sourcePath, _format, language, title, text.ToString(), blocks.ToImmutable(), _source, text.BuildMap());
    }

    internal static bool EndsSentence(string text)
    {
        var i = text.Length - 1;
        while (i > 0 && Scripts.IsClosing(text[i]))
        {
            i--;
        }

        return i >= 0 && Scripts.IsSentenceFinal(text[i]);
    }

    // Running titles are printed as they were typeset; the same text with a misprinted character (白皮书 / 自皮书)
    // is still the running title.
    internal static bool SameTitle(string candidate, string title, int tolerance)
    {
        var a = candidate.Replace(" ", string.Empty, StringComparison.Ordinal);
        var b = title.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (a.Length < 6 || Math.Abs(a.Length - b.Length) > tolerance)
        {
            return false;
        }

        return EditDistance.AtMost(a, b, tolerance);
    }

    private enum BlockKind
    {
        Paragraph,
        Heading,
        Caption,
        Table,
    }

    private sealed record RawBlock(
        ImmutableArray<SourceLine> Lines,
        ImmutableArray<ImmutableArray<SourceLine>> Rows,
        int HeaderRows,
        BlockHint Hint,
        int? Page,
        string? ElementPath,
        int? HeadingLevel);

    private sealed record PendingBlock(string Text, OffsetMap Map, Language Language, int? Page, string? ElementPath)
    {
        public BlockKind Kind { get; init; }

        public int Level { get; init; }

        public SectionNumber? Number { get; init; }

        public ImmutableArray<(ImmutableArray<TableCell> Cells, bool Header)> Rows { get; init; } = [];
    }
}
