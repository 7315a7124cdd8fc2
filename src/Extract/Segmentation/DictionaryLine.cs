namespace Extract.Segmentation;

/// <summary>One entry of a dictionary in jieba's format, <c>word [freq] [tag]</c>, fields separated by one space.</summary>
/// <remarks>Unlike jieba's user-dictionary pattern, which would silently take <c>专利 12x n</c> for the word
/// <c>专利 12x</c>, a second field that starts with a digit must be a whole frequency, and words hold no white space
/// (such a word could never match, since white space is cut out before the dictionary is consulted).</remarks>
internal readonly ref struct DictionaryLine
{
    private DictionaryLine(ReadOnlySpan<char> word, int? frequency, ReadOnlySpan<char> tag)
    {
        Word = word;
        Frequency = frequency;
        Tag = tag;
    }

    /// <summary>The word.</summary>
    public ReadOnlySpan<char> Word { get; }

    /// <summary>Its frequency, when the line gives one.</summary>
    public int? Frequency { get; }

    /// <summary>Its part-of-speech code, or empty.</summary>
    public ReadOnlySpan<char> Tag { get; }

    /// <summary>Parses <paramref name="line"/>, already trimmed and not empty; returns the problem, or
    /// <see langword="null"/> when the line is good.</summary>
    public static string? TryParse(ReadOnlySpan<char> line, bool frequencyRequired, out DictionaryLine entry)
    {
        entry = default;
        var space = line.IndexOf(' ');
        var word = space < 0 ? line : line[..space];
        var rest = space < 0 ? [] : line[(space + 1)..];
        if (word.Length > Lexicon.MaxWordLength)
        {
            return $"the word is {word.Length} characters long, over the limit of {Lexicon.MaxWordLength}";
        }

        foreach (var c in word)
        {
            if (CharacterClasses.IsWhiteSpace(c) || char.IsControl(c))
            {
                return "the word contains white space or a control character";
            }
        }

        ReadOnlySpan<char> frequencyField = [];
        ReadOnlySpan<char> tagField = [];
        if (space >= 0)
        {
            var second = rest.IndexOf(' ');
            var first = second < 0 ? rest : rest[..second];
            var remainder = second < 0 ? [] : rest[(second + 1)..];
            if (first.IsEmpty || (second >= 0 && (remainder.IsEmpty || remainder[0] == ' ')))
            {
                return "two spaces in a row (fields are separated by one space)";
            }

            if (remainder.Contains(' '))
            {
                return "more than three fields (expected: word frequency tag)";
            }

            if (second >= 0)
            {
                frequencyField = first;
                tagField = remainder;
            }
            else if (char.IsAsciiDigit(first[0]) || first[0] is '-' or '+' || frequencyRequired)
            {
                frequencyField = first;
            }
            else
            {
                tagField = first;
            }
        }

        int? frequency = null;
        if (!frequencyField.IsEmpty)
        {
            if (!TryParseFrequency(frequencyField, out var parsed))
            {
                return $"the frequency \"{frequencyField}\" is not a whole number from 0 to {int.MaxValue}";
            }

            frequency = parsed;
        }
        else if (frequencyRequired)
        {
            return "the frequency is missing (expected: word frequency [tag])";
        }

        if (!tagField.IsEmpty && !PartOfSpeech.IsValidCode(tagField))
        {
            return $"the tag \"{tagField}\" is not 1 to {PartOfSpeech.MaxCodeLength} lower-case ASCII letters";
        }

        entry = new DictionaryLine(word, frequency, tagField);
        return null;
    }

    private static bool TryParseFrequency(ReadOnlySpan<char> field, out int frequency)
    {
        long value = 0;
        frequency = 0;
        foreach (var c in field)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
            if (value > int.MaxValue)
            {
                return false;
            }
        }

        frequency = (int)value;
        return true;
    }
}
