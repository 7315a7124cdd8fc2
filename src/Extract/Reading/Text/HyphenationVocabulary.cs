namespace Extract.Reading.Text;

/// <summary>Decides whether a hyphen at the end of a line belongs to the word (<c>E-commerce</c>) or only split it
/// (<c>adminis-tration</c>), from how the document itself writes words elsewhere.</summary>
internal sealed class HyphenationVocabulary
{
    // Built on the first question only: most documents (and every web page) have no word split at a line end.
    private readonly Lazy<HashSet<string>> _words;

    private HyphenationVocabulary(IEnumerable<SourceLine> lines) => _words = new Lazy<HashSet<string>>(() => Collect(lines), LazyThreadSafetyMode.None);

    public static HyphenationVocabulary From(IEnumerable<SourceLine> lines) => new(lines);

    private static HashSet<string> Collect(IEnumerable<SourceLine> lines)
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

        return words;
    }

    /// <summary>Whether <c>before-</c> at a line end followed by <c>after</c> on the next line is one hyphenated word.</summary>
    public bool KeepsHyphen(string before, string after)
    {
        var words = _words.Value;
        if (words.Contains($"{before}-{after}"))
        {
            return true;
        }

        if (words.Contains(before + after))
        {
            return false;
        }

        // Single letters and acronyms before a hyphen are prefixes (E-commerce, IP-related), not split syllables; a
        // conjunction is a whole word, so its hyphen links a compound (import-and-export, trial-and-error).
        return before.Length == 1 || before.All(char.IsUpper) || char.IsUpper(after[0]) || IsConjunction(before);
    }

    private static bool IsConjunction(string word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase);
}
