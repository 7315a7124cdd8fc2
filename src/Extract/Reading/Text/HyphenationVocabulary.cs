namespace Extract.Reading.Text;

/// <summary>Decides whether a hyphen at the end of a line belongs to the word (<c>E-commerce</c>) or only split it
/// (<c>adminis-tration</c>), from how the document itself writes words elsewhere.</summary>
internal sealed class HyphenationVocabulary
{
    private readonly HashSet<string> _words;

    private HyphenationVocabulary(HashSet<string> words) => _words = words;

    public static HyphenationVocabulary From(IEnumerable<SourceLine> lines)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var text = line.Text;
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                words.Add(text[start..i]);
            }
        }

        return new HyphenationVocabulary(words);
    }

    /// <summary>Whether <c>before-</c> at a line end followed by <c>after</c> on the next line is one hyphenated word.</summary>
    public bool KeepsHyphen(string before, string after)
    {
        if (_words.Contains($"{before}-{after}"))
        {
            return true;
        }

        if (_words.Contains(before + after))
        {
            return false;
        }

        // Single letters and acronyms before a hyphen are prefixes (E-commerce, IP-related), not split syllables.
        return before.Length == 1 || before.All(char.IsUpper) || char.IsUpper(after[0]);
    }
}
