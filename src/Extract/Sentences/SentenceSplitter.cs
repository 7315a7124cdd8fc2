using System.Collections.Frozen;
using System.Collections.Immutable;
using Extract.Documents;

namespace Extract.Sentences;

/// <summary>Splits a document's blocks into sentences, by the rules of each block's language.</summary>
/// <remarks>
/// Chinese ends sentences at <c>。！？；</c> (and their half-width forms), keeping closing quotes and brackets with the
/// sentence. English ends them at <c>. ! ?</c> before a capital, a digit or the end, but not after decimals
/// (<c>1.4736</c>), abbreviations (<c>No.</c>, <c>Co., Ltd.</c>, <c>e.g.</c>, <c>Mr.</c>), initials and <c>U.S.</c>, nor
/// inside quotes or brackets; it does end them where conversion glued two sentences (<c>year.The</c>). Headings and
/// captions are one sentence each; a table gives one sentence per row.
/// </remarks>
public static class SentenceSplitter
{
    // Abbreviations after which a full stop does not end the sentence.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        [
            "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "Art", "Arts", "Fig", "Figs",
            "approx", "Dept", "Gov", "Govt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "Co", "Corp", "Inc", "Ltd", "Vol", "pp", "cf", "al", "Rev", "Gen", "Hon",
        ],
        StringComparer.Ordinal);

    /// <summary>The sentences of every block of <paramref name="document"/>, in order.</summary>
    public static ImmutableArray<Sentence> Split(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var block in document.Blocks)
        {
            Split(block, sentences);
        }

        return sentences.ToImmutable();
    }

    /// <summary>The sentences of one block.</summary>
    public static ImmutableArray<Sentence> Split(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        Split(block, sentences);
        return sentences.ToImmutable();
    }

    /// <summary>The spans of the sentences of <paramref name="text"/>, read as <paramref name="language"/>.</summary>
    public static ImmutableArray<TextSpan> SplitText(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = language == Language.Chinese ? ChineseEnd(text, i) : EnglishEnd(text, i, start);
            if (end > 0)
            {
                AddTrimmed(text, start, end, spans);
                start = end;
                i = end - 1;
            }
        }

        AddTrimmed(text, start, text.Length, spans);
        return spans.ToImmutable();
    }

    private static void Split(Block block, ImmutableArray<Sentence>.Builder sentences)
    {
        var offset = block.Location.Span.Start;
        if (block is Heading or Caption)
        {
            sentences.Add(new Sentence(block.Text, block.Location.Span, block.Location.BlockIndex, block.Language));
            return;
        }

        if (block is Table table)
        {
            var lineStart = 0;
            foreach (var line in block.Text.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    sentences.Add(new Sentence(line, new TextSpan(offset + lineStart, line.Length), block.Location.BlockIndex, LanguageOf(line, table.Language)));
                }

                lineStart += line.Length + 1;
            }

            return;
        }

        foreach (var span in SplitText(block.Text, block.Language))
        {
            sentences.Add(new Sentence(block.Text.Substring(span.Start, span.Length), span.Shift(offset), block.Location.BlockIndex, block.Language));
        }
    }

    private static Language LanguageOf(string text, Language fallback)
    {
        var language = LanguageDetector.Detect(text);
        return language == Language.Neutral ? fallback : language;
    }

    private static void AddTrimmed(string text, int start, int end, ImmutableArray<TextSpan>.Builder spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(TextSpan.FromBounds(start, end));
        }
    }

    // Returns the end (exclusive) of a sentence whose final punctuation is at i, or 0.
    private static int ChineseEnd(string text, int i)
    {
        if (text[i] is not ('。' or '！' or '？' or '；' or '!' or '?' or ';' or '…'))
        {
            return 0;
        }

        var end = SkipRepeats(text, i);
        if (text[i] is '!' or '?' or ';' && end < text.Length && char.IsAsciiLetter(text[end]) && i > 0 && char.IsAsciiLetter(text[i - 1]))
        {
            return 0; // an ASCII mark between two Latin words is not Chinese punctuation
        }

        var after = SkipClosing(text, end);
        return IsInsideBrackets(text, after) ? 0 : after;
    }

    private static int EnglishEnd(string text, int i, int sentenceStart)
    {
        var c = text[i];
        if (c is not ('.' or '!' or '?' or '。'))
        {
            return 0;
        }

        var end = SkipRepeats(text, i);
        if (c == '.' && end == i + 1 && !FullStopEnds(text, i, sentenceStart))
        {
            return 0;
        }

        var after = SkipClosing(text, end);
        if (after >= text.Length)
        {
            return after;
        }

        if (IsInsideBrackets(text, after))
        {
            return 0;
        }

        // "...year.The": glued by conversion; otherwise a space must follow.
        var glued = after == i + 1 && char.IsUpper(text[after]) && i > 0 && char.IsLower(text[i - 1]) && c == '.';
        if (!glued && text[after] != ' ')
        {
            return 0;
        }

        var next = after;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return after;
        }

        var starter = text[next];
        return char.IsUpper(starter) || char.IsDigit(starter) || starter is '"' or '“' or '\'' or '‘' or '(' or '[' || !char.IsAscii(starter) ? after : 0;
    }

    private const int MaxWordLength = 64;

    // Whether the full stop at i ends a sentence, as far as the word before it tells.
    private static bool FullStopEnds(string text, int i, int sentenceStart)
    {
        if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            return false; // 1.4736
        }

        // The walk back is bounded: no abbreviation is longer, and a run of initials ("a.b.a.b.…") would otherwise be
        // walked again at each of its full stops (quadratic).
        var wordStart = i;
        while (wordStart > 0 && i - wordStart < MaxWordLength && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith"
        }

        if (word.Contains('.'))
        {
            return false; // "U.S.", "e.g.", "i.e."
        }

        if (wordStart == sentenceStart && word.Length <= 3 && IsAllDigits(word))
        {
            return false; // a list marker: "1. On the morning..."
        }

        return !Abbreviations.Contains(word.ToString());
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipRepeats(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length && text[end] is '.' or '。' or '!' or '！' or '?' or '？' or '…')
        {
            end++;
        }

        return end;
    }

    private static int SkipClosing(string text, int end)
    {
        while (end < text.Length && Scripts.IsClosing(text[end]))
        {
            end++;
        }

        return end;
    }

    // Whether the text before position end leaves a bracket or quote open (within a bounded look-back, so that a
    // stray opening mark cannot swallow the rest of a long paragraph).
    private static bool IsInsideBrackets(string text, int end)
    {
        const int LookBack = 300;
        var depth = 0;
        var asciiQuotes = 0;
        for (var k = Math.Max(0, end - LookBack); k < end; k++)
        {
            switch (text[k])
            {
                case '“' or '（' or '(' or '《' or '「' or '『' or '【':
                    depth++;
                    break;
                case '”' or '）' or ')' or '》' or '」' or '』' or '】':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"':
                    asciiQuotes++;
                    break;
            }
        }

        return depth > 0 || asciiQuotes % 2 == 1;
    }
}
