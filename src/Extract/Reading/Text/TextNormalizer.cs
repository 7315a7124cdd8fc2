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

    /// <summary>Strips markup from a line: leading markdown heading marks (their count is returned), emphasis
    /// asterisks and editor residue; maps exotic spaces and full-width alphanumerics to ASCII.</summary>
    public static int CleanLine(SourceLine line, List<char> chars, List<int> offsets)
    {
        var text = line.Text;
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

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && string.CompareOrdinal(text, i, EditorPageBreak, 0, EditorPageBreak.Length) == 0)
            {
                i += EditorPageBreak.Length - 1;
                continue;
            }

            if (c is '*' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            chars.Add(MapCharacter(c));
            offsets.Add(line.SourceOffset + i);
        }

        return headingMarks;
    }

    /// <summary>Joins cleaned lines and normalizes spacing and numbers.</summary>
    public static (string Text, OffsetMap Map) Finish(List<char> chars, List<int> offsets, Language language)
    {
        var builder = new MappedTextBuilder();
        var count = chars.Count;
        for (var i = 0; i < count; i++)
        {
            var c = chars[i];
            if (c == ' ')
            {
                // Collapse runs; drop at the ends and, in Chinese, wherever it is not between two ASCII words.
                var next = i + 1 < count ? chars[i + 1] : '\0';
                var previous = builder.Last;
                if (previous is null or ' ' || next is '\0' or ' ')
                {
                    continue;
                }

                if (language == Language.Chinese && !(char.IsAsciiLetterOrDigit(previous.Value) && char.IsAsciiLetterOrDigit(next)))
                {
                    continue;
                }

                builder.Append(' ', offsets[i]);
                continue;
            }

            builder.Append(MapNumberPunctuation(chars, i), offsets[i]);
        }

        builder.TrimEnd();
        return (builder.ToString(), builder.BuildMap());
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
    private static char MapNumberPunctuation(List<char> chars, int i)
    {
        var c = chars[i];
        if (c is not ('．' or '，' or '＋' or '－'))
        {
            return c;
        }

        var previousIsDigit = i > 0 && char.IsAsciiDigit(chars[i - 1]);
        var nextIsDigit = i + 1 < chars.Count && char.IsAsciiDigit(chars[i + 1]);
        return c switch
        {
            '．' when previousIsDigit && nextIsDigit => '.',
            '，' when previousIsDigit && IsThousandsGroup(chars, i + 1) => ',',
            '＋' when nextIsDigit => '+',
            '－' when nextIsDigit => '-',
            _ => c,
        };
    }

    private static bool IsThousandsGroup(List<char> chars, int start)
    {
        for (var k = start; k < start + 3; k++)
        {
            if (k >= chars.Count || !char.IsAsciiDigit(chars[k]))
            {
                return false;
            }
        }

        return start + 3 >= chars.Count || !char.IsAsciiDigit(chars[start + 3]);
    }
}
