using System.Text;

namespace Extract.Reading.Pdf;

/// <summary>Repairs what producers put in ToUnicode maps: radicals for ideographs (Kangxi Radicals through NFKC; the
/// CJK Radicals Supplement, which NFKC leaves alone, by table) and presentation-form ligatures.</summary>
internal static class UnicodeFixes
{
    public static string Apply(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uFB00' and <= '\uFB06'))
            {
                return Fix(text);
            }
        }

        return text;
    }

    private static string Fix(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                // The radicals seen standing for their ideographs in CJK font subsets.
                '\u2EA0' => "\u6C11",
                '\u2EC5' => "\u89C1",
                '\u2EC6' => "\u89D2",
                '\u2ED3' => "\u957F",
                '\u2ED4' => "\u95E8",
                '\u2ED8' => "\u9752",
                '\u2EDC' => "\u98DE",
                '\u2EEC' => "\u9F50",
                (>= '\u2F00' and <= '\u2FDF') or (>= '\uFB00' and <= '\uFB06') => c.ToString().Normalize(NormalizationForm.FormKC),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
