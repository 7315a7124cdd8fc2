using System.Runtime.CompilerServices;

namespace Extract.Segmentation;

/// <summary>Parts of speech for tokens the dictionary does not tag: numbers, numerals with classifiers, Latin
/// words, punctuation and white space.</summary>
internal static class TokenTagger
{
    private const string ChineseNumerals = "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";

    // The classifiers that follow numbers in statistics (件 for patents, 个 for products, 项 for varieties, ...).
    private const string Classifiers = "件个项家名人次种类批部份台所座只条位篇册套户起宗元倍";

    /// <summary>The tag for a token the dictionary gives none.</summary>
    // Called for every token outside the dictionary: fully optimized from the first call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PartOfSpeech Guess(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return PartOfSpeech.Unknown;
        }

        if (IsNumber(token) || IsChineseNumeral(token))
        {
            return PartOfSpeech.Numeral;
        }

        if (token.Length >= 2 && Classifiers.Contains(token[^1]) && IsChineseNumeral(token[..^1]))
        {
            return PartOfSpeech.NumeralClassifier;
        }

        if (IsLatinWord(token))
        {
            return PartOfSpeech.Latin;
        }

        return PartOfSpeech.Unknown;
    }

    /// <summary>Digits (ASCII or full-width) with decimal points, thousands commas and a percent sign.</summary>
    // Inlined into Guess: a method with a loop is otherwise never inlined.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        var digits = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
            {
                digits++;
            }
            else if (c is not ('.' or '．' or ',' or '%' or '％'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsChineseNumeral(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!ChineseNumerals.Contains(c))
            {
                return false;
            }
        }

        return !token.IsEmpty;
    }

    /// <summary>ASCII letters, possibly with digits and the joiners jieba keeps in a word (<c>PCT</c>, <c>5G</c>,
    /// <c>C++</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLatinWord(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (!char.IsAsciiDigit(c) && c is not ('+' or '#' or '&' or '.' or '_' or '-'))
            {
                return false;
            }
        }

        return letters > 0;
    }
}
