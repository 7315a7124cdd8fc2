using System.Collections.Concurrent;

namespace Extract.Segmentation;

/// <summary>A part-of-speech tag of the ICTCLAS-style set jieba uses (<c>n</c> noun, <c>v</c> verb, <c>m</c> numeral,
/// <c>q</c> classifier, <c>x</c> symbol or unknown, ...). One instance per code, so tags compare cheaply.</summary>
public sealed record PartOfSpeech
{
    /// <summary>Longest code accepted: jieba's own are at most four letters; user dictionaries may invent longer.</summary>
    internal const int MaxCodeLength = 16;

    private static readonly ConcurrentDictionary<string, PartOfSpeech> Interned = new(StringComparer.Ordinal);

    private PartOfSpeech(string code) => Code = code;

    /// <summary>The tag's code, lower-case ASCII letters, e.g. <c>vn</c>.</summary>
    public string Code { get; }

    /// <summary><c>m</c>: a numeral (<c>2019</c>, <c>17.36</c>, <c>15.54%</c>, <c>三</c>, <c>万</c>).</summary>
    public static PartOfSpeech Numeral { get; } = Of("m");

    /// <summary><c>q</c>: a classifier (<c>件</c>, <c>个</c>, <c>项</c>).</summary>
    public static PartOfSpeech Classifier { get; } = Of("q");

    /// <summary><c>mq</c>: a numeral fused with its classifier (<c>万件</c>, <c>三项</c>).</summary>
    public static PartOfSpeech NumeralClassifier { get; } = Of("mq");

    /// <summary><c>eng</c>: a word in Latin letters (<c>PCT</c>).</summary>
    public static PartOfSpeech Latin { get; } = Of("eng");

    /// <summary><c>x</c>: punctuation, white space, a symbol, or a word of unknown class (jieba's catch-all).</summary>
    public static PartOfSpeech Unknown { get; } = Of("x");

    /// <summary>The tag with <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">When the code is empty, too long, or not lower-case ASCII letters.</exception>
    public static PartOfSpeech Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Interned.TryGetValue(code, out var known))
        {
            return known;
        }

        if (!IsValidCode(code))
        {
            throw new ArgumentException($"A part-of-speech code is 1 to {MaxCodeLength} lower-case ASCII letters, not \"{code}\".", nameof(code));
        }

        return Interned.GetOrAdd(code, static c => new PartOfSpeech(c));
    }

    /// <summary>Whether <paramref name="code"/> is 1 to 16 lower-case ASCII letters.</summary>
    internal static bool IsValidCode(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty || code.Length > MaxCodeLength)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
