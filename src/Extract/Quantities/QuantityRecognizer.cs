using System.Collections.Immutable;
using Extract.Documents;
using Extract.Sentences;

namespace Extract.Quantities;

/// <summary>Finds every quantity in a sentence, Chinese or English, and normalizes it exactly.</summary>
/// <remarks>
/// The recognizer reads characters directly (it needs no word segmentation) in one pass per text, so its work grows
/// linearly with the length of the text whatever the input; it never throws on odd text, it only finds fewer quantities.
/// Numbers in names (<c>四大功能</c>, <c>G60</c>), identifiers and the enumerators of the text's own points
/// (<c>First, …</c>, 一是) are returned with their <see cref="QuantityRole"/>;
/// list markers (<c>1.</c>, <c>(1)</c>, <c>一、</c>), page references and bare page numbers are not returned at all.
/// </remarks>
/// <example>
/// <code>
/// var quantities = QuantityRecognizer.Recognize("上海专利申请量17.36万件,同比增长15.54%。");
/// // 17.36万件 = 173600 Count 件 (precision 100); 15.54% = 15.54 Percent, Direction.Up
/// </code>
/// </example>
public static class QuantityRecognizer
{
    /// <summary>The quantities of <paramref name="text"/>, read in the language its script shows.</summary>
    public static ImmutableArray<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, LanguageDetector.Detect(text), 0, out _);
    }

    /// <summary>The quantities of a Chinese text.</summary>
    public static ImmutableArray<Quantity> RecognizeChinese(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, Language.Chinese, 0, out _);
    }

    /// <summary>The quantities of an English text.</summary>
    public static ImmutableArray<Quantity> RecognizeEnglish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, Language.English, 0, out _);
    }

    /// <summary>The quantities of a sentence, read in its language, with spans in its document's text.</summary>
    public static ImmutableArray<Quantity> Recognize(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var language = sentence.Language == Language.Neutral ? LanguageDetector.Detect(sentence.Text) : sentence.Language;
        return Recognize(sentence.Text, language, sentence.Span.Start, out _);
    }

    /// <summary>The quantities of <paramref name="text"/> read as <paramref name="language"/>, with spans moved by
    /// <paramref name="offset"/>; <paramref name="steps"/> counts the characters examined, for tests of linear work.</summary>
    internal static ImmutableArray<Quantity> Recognize(string text, Language language, int offset, out long steps)
    {
        var result = new ScanResult(text, offset);
        if (IsPageNumber(text))
        {
            steps = text.Length;
            return [];
        }

        if (language == Language.English)
        {
            EnglishScanner.Scan(result);
        }
        else
        {
            // Chinese, and text without letters (digits and punctuation read alike in both scanners).
            ChineseScanner.Scan(result);
        }

        steps = result.Steps;
        var quantities = result.ToImmutable();
        if (language == Language.English)
        {
            quantities = EnglishBoundsAfter.Read(text, offset, quantities);
        }

        return RangeEnds.Read(text, offset, quantities);
    }

    // A line of nothing but a short number and dashes or brackets (12, - 12 -, [12]) is a page number.
    private static bool IsPageNumber(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || trimmed.Length > 12)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in trimmed)
        {
            if (DigitNumber.IsDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '–' or '—' or '[' or ']' or '(' or ')' or '/' or '·'))
            {
                return false;
            }
        }

        return digits is > 0 and <= 4;
    }
}
