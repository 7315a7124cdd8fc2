using System.Text;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Character error rate: edit distance between a text and its reference over the reference's length, after
/// runs of white space are collapsed to one space (line breaks and blank lines between blocks are layout, but a
/// missing or extra space between words still counts).</summary>
internal static class CharacterErrorRate
{
    public static (int Errors, int Length) Measure(string text, string reference)
    {
        var a = Collapse(text);
        var b = Collapse(reference);
        return (Distance(a, b), b.Length);
    }

    public static string Collapse(string s)
    {
        var builder = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    // Levenshtein distance within a diagonal band wide enough for the texts compared here (exact while the distance
    // stays below the band).
    private static int Distance(string a, string b)
    {
        var band = Math.Max(2000, Math.Abs(a.Length - b.Length) + 100);
        const int Infinite = int.MaxValue / 2;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j <= band ? j : Infinite;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var low = Math.Max(1, i - band);
            var high = Math.Min(b.Length, i + band);
            current[low - 1] = low == 1 ? (i <= band ? i : Infinite) : Infinite;
            for (var j = low; j <= high; j++)
            {
                var cost = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(cost, Math.Min(previous[j], current[j - 1]) + 1);
            }

            if (high < b.Length)
            {
                current[high + 1] = Infinite;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
