namespace Extract.Documents;

/// <summary>Tells the language of a piece of text from the script of its letters.</summary>
/// <remarks>A Han character carries about as much as four Latin letters, so an English acronym inside Chinese
/// (<c>PCT 专利申请量</c>) leaves the text Chinese, and a Chinese name in brackets leaves an English paragraph English.
/// Digits and punctuation count for neither.</remarks>
public static class LanguageDetector
{
    /// <summary>How many Latin letters weigh as much as one Han character.</summary>
    public const int LatinLettersPerHanCharacter = 4;

    /// <summary>The language of <paramref name="text"/>; <see cref="Language.Neutral"/> when it has no letters.</summary>
    public static Language Detect(ReadOnlySpan<char> text)
    {
        var (han, latin) = CountScripts(text);
        return FromCounts(han, latin);
    }

    /// <summary>The language of a text with <paramref name="han"/> Han characters and <paramref name="latin"/> Latin
    /// letters, for text counted in pieces (the lines of a block); <see cref="Language.Neutral"/> when it has none.</summary>
    public static Language FromCounts(int han, int latin)
    {
        if (han == 0 && latin == 0)
        {
            return Language.Neutral;
        }

        return han * LatinLettersPerHanCharacter >= latin ? Language.Chinese : Language.English;
    }

    /// <summary>The number of Han characters and of Latin letters in <paramref name="text"/>.</summary>
    public static (int Han, int Latin) CountScripts(ReadOnlySpan<char> text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (Scripts.IsHan(c))
            {
                han++;
            }
            else if (Scripts.IsLatinLetter(c))
            {
                latin++;
            }
        }

        return (han, latin);
    }
}
