using System.Buffers;
using Extract.Documents;

namespace Extract.Reading.Text;

/// <summary>Normalizes the lines of one block into one string, keeping each character's source offset.</summary>
/// <remarks>
/// What PDF and web conversion leave behind: markdown markers and web-editor residue; exotic spaces; full-width
/// digits and letters (and full-width punctuation inside numbers: <c>１７．３６</c>, <c>１５％</c>); lines broken
/// mid-sentence (joined with no space in Chinese, one space in English, an end-of-line hyphen dropped only where it
/// split a word); spaces inside Chinese text, which are line-break residue (<c>申请 量</c>, <c>17.36 万件</c>).
/// </remarks>
internal static class TextNormalizer
{
    private const string EditorPageBreak = "_ueditor_page_break_tag_";

    // Everything CleanLine drops or maps; the text between two of these is copied as it is.
    private static readonly SearchValues<char> CleanLineSpecials = SearchValues.Create(
        "_*\u200B\u200C\u200D\uFEFF\u00AD\t\u00A0\u3000\u202F\u205F\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A％"
        + "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

    // Everything Finish may drop or map; the text between two of these is copied as it is.
    private static readonly SearchValues<char> FinishSpecials = SearchValues.Create(" ．，＋－");

    // Outside Chinese, where spaces are left to CopyKeptSpaces: the characters to look at one by one (a NUL
    // counts as an end of text for the space before it).
    private static readonly SearchValues<char> NumberPunctuationOrNul = SearchValues.Create("．，＋－\0");

    /// <summary>Strips markup from a line: leading markdown heading marks (their count is returned), emphasis
    /// asterisks and editor residue; maps exotic spaces and full-width alphanumerics to ASCII.</summary>
    public static int CleanLine(SourceLine line, MappedCharBuffer into)
    {
        var text = line.Text.AsSpan();
        var i = 0;
        var headingMarks = 0;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        while (i < text.Length && text[i] == '#')
        {
            headingMarks++;
            i++;
        }

        if (headingMarks > 6 || (headingMarks > 0 && i < text.Length && text[i] != ' '))
        {
            // "#hashtag" or a run of #: not a heading mark.
            i -= headingMarks;
            headingMarks = 0;
        }

        while (i < text.Length)
        {
            var unchanged = text[i..].IndexOfAny(CleanLineSpecials);
            if (unchanged < 0)
            {
                into.AddUnchanged(text[i..], line.SourceOffset + i);
                break;
            }

            if (unchanged > 0)
            {
                into.AddUnchanged(text.Slice(i, unchanged), line.SourceOffset + i);
                i += unchanged;
            }

            var c = text[i];
            if (c == '_' && text[i..].StartsWith(EditorPageBreak, StringComparison.Ordinal))
            {
                i += EditorPageBreak.Length;
                continue;
            }

            if (c is not ('*' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD'))
            {
                into.Add(MapCharacter(c), line.SourceOffset + i);
            }

            i++;
        }

        return headingMarks;
    }

    /// <summary>Normalizes spacing and numbers in the joined, cleaned lines of a block.</summary>
    /// <param name="cleaned">The block's cleaned lines, joined.</param>
    /// <param name="language">The block's language.</param>
    /// <param name="scratch">Where to build the result; cleared first.</param>
    public static (string Text, OffsetMap Map) Finish(MappedCharBuffer cleaned, Language language, MappedCharBuffer scratch)
    {
        scratch.Clear();
        var chars = cleaned.Chars;
        var offsets = cleaned.Offsets;
        var chinese = language == Language.Chinese;
        var i = 0;
        while (i < chars.Length)
        {
            var special = chars[i..].IndexOfAny(chinese ? FinishSpecials : NumberPunctuationOrNul);
            var end = special < 0 ? chars.Length : i + special;
            if (chinese)
            {
                scratch.AddRange(chars[i..end], offsets[i..end]);
                i = end;
            }
            else
            {
                i = CopyKeptSpaces(chars, offsets, i, end, scratch);
            }

            if (i < chars.Length)
            {
                FinishCharacter(chars, offsets, i, chinese, scratch);
                i++;
            }
        }

        var length = scratch.Count;
        while (length > 0 && char.IsWhiteSpace(scratch[length - 1]))
        {
            length--;
        }

        return (new string(scratch.Chars[..length]), OffsetMap.FromSourceOffsets(scratch.Offsets, length));
    }

    // Outside Chinese, a single space between two words (most of them) is kept as it is: the stretch up to
    // end is copied whole except for the spaces that FinishCharacter may drop: leading, doubled or last.
    private static int CopyKeptSpaces(ReadOnlySpan<char> chars, ReadOnlySpan<int> offsets, int i, int end, MappedCharBuffer scratch)
    {
        while (i < end)
        {
            if (scratch.Count == 0 || chars[i] == ' ')
            {
                FinishCharacter(chars, offsets, i, chinese: false, scratch);
                i++;
                continue;
            }

            var stretch = chars[i..end];
            var doubled = stretch.IndexOf("  ", StringComparison.Ordinal);
            var copied = doubled >= 0 ? doubled : stretch[^1] == ' ' ? stretch.Length - 1 : stretch.Length;
            scratch.AddRange(stretch[..copied], offsets.Slice(i, copied));
            i += copied;
            if (i < end)
            {
                FinishCharacter(chars, offsets, i, chinese: false, scratch);
                i++;
            }
        }

        return i;
    }

    private static void FinishCharacter(ReadOnlySpan<char> chars, ReadOnlySpan<int> offsets, int i, bool chinese, MappedCharBuffer scratch)
    {
        var c = chars[i];
        if (c != ' ')
        {
            scratch.Add(MapNumberPunctuation(chars, i), offsets[i]);
            return;
        }

        // Collapse runs; drop at the ends and, in Chinese, wherever it is not between two ASCII words.
        var next = i + 1 < chars.Length ? chars[i + 1] : '\0';
        if (scratch.Count == 0 || scratch[scratch.Count - 1] is var previous && previous == ' ' || next is '\0' or ' ')
        {
            return;
        }

        if (chinese && !(char.IsAsciiLetterOrDigit(previous) && char.IsAsciiLetterOrDigit(next)))
        {
            return;
        }

        scratch.Add(' ', offsets[i]);
    }

    private static char MapCharacter(char c) => c switch
    {
        '\t' or '\u00A0' or '\u3000' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A') => ' ',
        >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
        >= '\uFF21' and <= '\uFF3A' => (char)(c - '\uFF21' + 'A'),
        >= '\uFF41' and <= '\uFF5A' => (char)(c - '\uFF41' + 'a'),
        '％' => '%',
        _ => c,
    };

    // Full-width punctuation becomes ASCII only where it is part of a number, so Chinese prose keeps its own.
    private static char MapNumberPunctuation(ReadOnlySpan<char> chars, int i)
    {
        var c = chars[i];
        if (c is not ('．' or '，' or '＋' or '－'))
        {
            return c;
        }

        var previousIsDigit = i > 0 && char.IsAsciiDigit(chars[i - 1]);
        var nextIsDigit = i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]);
        return c switch
        {
            '．' when previousIsDigit && nextIsDigit => '.',
            '，' when previousIsDigit && IsThousandsGroup(chars, i + 1) => ',',
            '＋' when nextIsDigit => '+',
            '－' when nextIsDigit => '-',
            _ => c,
        };
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> chars, int start)
    {
        for (var k = start; k < start + 3; k++)
        {
            if (k >= chars.Length || !char.IsAsciiDigit(chars[k]))
            {
                return false;
            }
        }

        return start + 3 >= chars.Length || !char.IsAsciiDigit(chars[start + 3]);
    }
}
