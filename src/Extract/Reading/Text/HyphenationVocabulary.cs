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
#if NET9_0_OR_GREATER
        // Looked up by span so that a word makes a string only the first time it is seen.
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        foreach (var line in lines)
        {
            var text = line.Text.AsSpan();
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

#if NET9_0_OR_GREATER
                lookup.Add(text[start..i]);
#else
                words.Add(text[start..i].ToString());
#endif
            }
        }

        return words;
    }

    /// <summary>Whether <c>before-</c> at a line end followed by <c>after</c> on the next line is one hyphenated word.</summary>
    public bool KeepsHyphen(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var length = before.Length + 1 + after.Length;
        var joined = length <= 256 ? stackalloc char[length] : new char[length];
        before.CopyTo(joined);
        joined[before.Length] = '-';
        after.CopyTo(joined[(before.Length + 1)..]);
        if (Contains(joined))
        {
            return true;
        }

        after.CopyTo(joined[before.Length..]);
        if (Contains(joined[..^1]))
        {
            return false;
        }

        // Single letters and acronyms before a hyphen are prefixes (E-commerce, IP-related), not split syllables; a
        // conjunction is a whole word, so its hyphen links a compound (import-and-export, trial-and-error).
        return before.Length == 1 || IsAllUpper(before) || char.IsUpper(after[0]) || IsConjunction(before);
    }

    private bool Contains(ReadOnlySpan<char> word)
    {
#if NET9_0_OR_GREATER
        return _words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return _words.Value.Contains(word.ToString());
#endif
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConjunction(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase);
}
