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
        var pending = new List<PendingBlock>(_raw.Count);
        using var buffers = new NormalizationBuffers();
        foreach (var raw in _raw)
        {
            var block = raw.Rows.IsEmpty ? Normalize(raw, hyphenation, buffers) : NormalizeTable(raw, buffers);
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
            pending = JoinPageFragments(pending, title, hyphenation, buffers);
        }

        return Assemble(pending, title?.Text);
    }

    private static PendingBlock? Normalize(RawBlock raw, HyphenationVocabulary hyphenation, NormalizationBuffers buffers)
    {
        var language = DetectLanguage(raw.Lines);
        var block = buffers.Block;
        var line = buffers.Line;
        block.Clear();
        var headingMarks = 0;
        foreach (var sourceLine in raw.Lines)
        {
            var blockWasEmpty = block.Count == 0;
            line.Clear();
            var marks = TextNormalizer.CleanLine(sourceLine, line);
            if (blockWasEmpty)
            {
                headingMarks = marks;
            }

            var (start, length) = TrimSpaces(line.Chars);
            if (length == 0)
            {
                continue;
            }

            var chars = line.Chars.Slice(start, length);
            if (block.Count > 0)
            {
                JoinLine(block, chars, language, hyphenation);
            }

            block.AddRange(chars, line.Offsets.Slice(start, length));
        }

        var (text, map) = TextNormalizer.Finish(block, language, buffers.Finished);
        if (text.Length == 0)
        {
            return null;
        }

        return Classify(new PendingBlock(text, map, language, raw.Page, raw.ElementPath), raw, headingMarks);
    }

    // The language of the block's lines taken together, without concatenating them.
    private static Language DetectLanguage(ImmutableArray<SourceLine> lines)
    {
        int han = 0, latin = 0;
        foreach (var line in lines)
        {
            var (lineHan, lineLatin) = LanguageDetector.CountScripts(line.Text);
            han += lineHan;
            latin += lineLatin;
        }

        return LanguageDetector.FromCounts(han, latin);
    }

    private static PendingBlock? NormalizeTable(RawBlock raw, NormalizationBuffers buffers)
    {
        var builder = new MappedTextBuilder();
        var rows = ImmutableArray.CreateBuilder<(ImmutableArray<TableCell> Cells, bool Header)>(raw.Rows.Length);
        for (var r = 0; r < raw.Rows.Length; r++)
        {
            if (builder.Length > 0)
            {
                var firstCellOffset = raw.Rows[r].IsEmpty ? 0 : raw.Rows[r][0].SourceOffset;
                builder.Append('\n', Math.Max(0, firstCellOffset - 1));
            }

            var cells = ImmutableArray.CreateBuilder<TableCell>(raw.Rows[r].Length);
            foreach (var cell in raw.Rows[r])
            {
                if (cells.Count > 0)
                {
                    builder.Append('\t', Math.Max(0, cell.SourceOffset - 1));
                }

                var cleaned = buffers.Block;
                cleaned.Clear();
                TextNormalizer.CleanLine(cell, cleaned);
                var (text, map) = TextNormalizer.Finish(cleaned, LanguageDetector.Detect(cell.Text), buffers.Finished);
                var start = builder.Length;
                builder.Append(text, new TextSpan(0, text.Length), map);
                if (text.Length == 0)
                {
                    builder.Append(' ', cell.SourceOffset);
                    text = " ";
                }

                cells.Add(new TableCell(text.Trim(), new TextSpan(start, text.Length)));
            }

            rows.Add((cells.MoveToImmutable(), r < raw.HeaderRows));
        }

        var tableText = builder.ToString();
        if (tableText.AsSpan().Trim().IsEmpty)
        {
            return null;
        }

        return new PendingBlock(tableText, builder.BuildMap(), LanguageDetector.Detect(tableText), raw.Page, raw.ElementPath)
        {
            Kind = BlockKind.Table,
            Rows = rows.MoveToImmutable(),
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

    private static List<PendingBlock> JoinPageFragments(List<PendingBlock> blocks, PendingBlock? title, HyphenationVocabulary hyphenation, NormalizationBuffers buffers)
    {
        var result = new List<PendingBlock>(blocks.Count);
        var run = new List<PendingBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var first = blocks[i];
            var last = first;
            var kind = first.Kind;
            var length = first.Text.Length;
            run.Clear();
            run.Add(first);
            // A short English line that stops mid-sentence looks like a caption until the next block goes on in
            // lower case; Chinese captions are never continued. The whole run is joined once at the end: joining
            // fragment by fragment copies the text so far at every page, which is quadratic in a long paragraph.
            while ((kind == BlockKind.Paragraph || (kind == BlockKind.Caption && first.Language == Language.English))
                   && !EndsSentence(last.Text) && !last.Text.EndsWith(':') && !last.Text.EndsWith('：'))
            {
                // A running title printed at the top of the next page may stand between the two fragments.
                var next = i + 1;
                while (next < blocks.Count && title is not null && blocks[next].Kind is BlockKind.Caption or BlockKind.Heading
                       && blocks[next].Number is null && SameTitle(blocks[next].Text, title.Text, tolerance: 2))
                {
                    next++;
                }

                if (next >= blocks.Count || !Continues(kind, first.Language, length, blocks[next]))
                {
                    break;
                }

                last = blocks[next];
                run.Add(last);
                kind = BlockKind.Paragraph;
                length += Junction(run[^2].Text, last.Text, first.Language, hyphenation) + last.Text.Length;
                i = next;
            }

            result.Add(run.Count == 1 ? first : Join(run, hyphenation, buffers));
        }

        return result;
    }

    private static bool Continues(BlockKind kind, Language language, int length, PendingBlock next)
    {
        if (next.Language != language || next.Kind is BlockKind.Heading or BlockKind.Table)
        {
            return false;
        }

        var startsLower = char.IsLower(next.Text[0]);
        if (kind == BlockKind.Caption)
        {
            return startsLower;
        }

        if (next.Kind == BlockKind.Caption && !startsLower)
        {
            return false;
        }

        var longEnough = length >= (language == Language.Chinese ? ChineseShortLine : 60);
        return longEnough || startsLower;
    }

    private static PendingBlock Join(List<PendingBlock> run, HyphenationVocabulary hyphenation, NormalizationBuffers buffers)
    {
        var first = run[0];
        var joined = buffers.Block;
        joined.Clear();
        joined.AddMapped(first.Text, first.Map);
        var next = buffers.Line;
        for (var i = 1; i < run.Count; i++)
        {
            next.Clear();
            next.AddMapped(run[i].Text, run[i].Map);
            JoinLine(joined, next.Chars, first.Language, hyphenation);
            joined.AddRange(next.Chars, next.Offsets);
        }

        var text = new string(joined.Chars);
        return first with { Text = text, Map = OffsetMap.FromSourceOffsets(joined.Offsets, text.Length), Kind = BlockKind.Paragraph };
    }

    // Chinese lines join with nothing between them; English lines with a space, or, where a hyphen split a word,
    // with nothing and without the hyphen.
    private static void JoinLine(MappedCharBuffer block, ReadOnlySpan<char> next, Language language, HyphenationVocabulary hyphenation)
    {
        switch (Junction(block.Chars, next, language, hyphenation))
        {
            case -1:
                block.RemoveLast();
                break;
            case 1:
                block.Add(' ', block.OffsetAt(block.Count - 1) + 1);
                break;
        }
    }

    // What joining adds between two lines: a space (1), nothing (0), or less the hyphen that split a word (-1).
    private static int Junction(ReadOnlySpan<char> chars, ReadOnlySpan<char> next, Language language, HyphenationVocabulary hyphenation)
    {
        var last = chars[^1];
        var first = next[0];
        if (language == Language.Chinese && !(char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(first)))
        {
            return 0;
        }

        if (last == '-' && chars.Length > 1 && char.IsLetter(chars[^2]) && char.IsLetter(first))
        {
            var before = chars[LetterRunStart(chars[..^1])..^1];
            var after = next[..LetterRunLength(next)];
            return hyphenation.KeepsHyphen(before, after) ? 0 : -1;
        }

        return 1;
    }

    // Where the letters that end <paramref name="chars"/> begin.
    private static int LetterRunStart(ReadOnlySpan<char> chars)
    {
        var start = chars.Length;
        while (start > 0 && char.IsLetter(chars[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static int LetterRunLength(ReadOnlySpan<char> chars)
    {
        var end = 0;
        while (end < chars.Length && char.IsLetter(chars[end]))
        {
            end++;
        }

        return end;
    }

    // The line without the spaces at its ends.
    private static (int Start, int Length) TrimSpaces(ReadOnlySpan<char> chars)
    {
        var end = chars.Length;
        while (end > 0 && chars[end - 1] == ' ')
        {
            end--;
        }

        var start = 0;
        while (start < end && chars[start] == ' ')
        {
            start++;
        }

        return (start, end - start);
    }

    private Document Assemble(List<PendingBlock> pending, string? title)
    {
        var length = 0;
        foreach (var p in pending)
        {
            length += p.Text.Length + 2;
        }

        var text = new MappedTextBuilder(length);
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
        return new Document(_sourcePath, _format, language, title, text.ToString(), blocks.MoveToImmutable(), _source, text.BuildMap());
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
