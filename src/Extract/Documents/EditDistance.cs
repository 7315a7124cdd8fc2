namespace Extract.Documents;

/// <summary>Bounded Levenshtein distance: whether two strings are within a few edits of each other.</summary>
internal static class EditDistance
{
    /// <summary>Whether <paramref name="a"/> becomes <paramref name="b"/> with at most <paramref name="limit"/>
    /// insertions, deletions or substitutions. Costs O(length × limit).</summary>
    public static bool AtMost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        if (limit == 0)
        {
            return a.SequenceEqual(b);
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            if (from > 1)
            {
                current[from - 1] = limit + 1;
            }

            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var up = j <= i - 1 + limit ? previous[j] : limit + 1;
                current[j] = Math.Min(Math.Min(up + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (to < b.Length)
            {
                current[to + 1] = limit + 1;
            }

            if (rowMin > limit)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }
}
