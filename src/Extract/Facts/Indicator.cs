using System.Collections.Immutable;

namespace Extract.Facts;

/// <summary>A statistical indicator a white paper reports: <c>patent.applications</c> is 专利申请量,
/// <c>patent filings</c>.</summary>
/// <remarks>Names are matched in a clause as written; a name may leave a gap, written <c>…</c>, between its parts
/// (<c>法院…受理</c> matches 全市法院受理各类知识产权案件), so a term base can name a figure by the words that
/// surround it rather than by one fixed phrase. Two indicators are equal when their ids are equal.</remarks>
public sealed record Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <exception cref="ArgumentException">When the id is not dotted lower-case words, or a name list is empty or
    /// holds an empty name.</exception>
    public Indicator(string id, IndicatorUnit unit, IEnumerable<string> chineseNames, IEnumerable<string> englishNames)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(chineseNames);
        ArgumentNullException.ThrowIfNull(englishNames);
        if (!IsValidId(id))
        {
            throw new ArgumentException($"An indicator id is lower-case ASCII words joined by dots (patent.grants), not \"{id}\".", nameof(id));
        }

        Id = id;
        Unit = unit;
        ChineseNames = Names(chineseNames, nameof(chineseNames));
        EnglishNames = Names(englishNames, nameof(englishNames));
        ChineseName = Shown(ChineseNames, string.Empty);
        EnglishName = Shown(EnglishNames, " ");
    }

    /// <summary>The stable id, dotted lower-case words from the general to the particular (<c>patent.invention.grants</c>).</summary>
    public string Id { get; }

    /// <summary>The unit the indicator is stated in.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Its Chinese names as matched, gaps (<c>…</c>) and figure marks (<c>#</c>) included.</summary>
    public ImmutableArray<string> ChineseNames { get; }

    /// <summary>Its English names as matched, gaps (<c>…</c>) and figure marks (<c>#</c>) included.</summary>
    public ImmutableArray<string> EnglishNames { get; }

    /// <summary>The Chinese name to show a reader: the first name written without gaps or figure marks, else the first
    /// name with its parts joined (法院…受理…知识产权案件 shows as 法院受理知识产权案件).</summary>
    public string ChineseName { get; }

    /// <summary>The English name to show a reader: the first name written without gaps or figure marks, else the first
    /// name with its parts joined by spaces (<c>#…pilot units</c> shows as <c>pilot units</c>).</summary>
    public string EnglishName { get; }

    /// <inheritdoc/>
    public bool Equals(Indicator? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => Id;

    /// <summary>Whether <paramref name="id"/> is lower-case ASCII words (letters, digits) joined by single dots.</summary>
    internal static bool IsValidId(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > 100 || id[0] == '.' || id[^1] == '.')
        {
            return false;
        }

        var previous = ' ';
        foreach (var c in id)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' || (c == '.' && previous != '.');
            if (!ok)
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    // A matching pattern is no name for a reader: prefer a plain name, else join the pattern's parts.
    private static string Shown(ImmutableArray<string> names, string joiner)
    {
        foreach (var name in names)
        {
            if (name.IndexOfAny(['…', '#']) < 0)
            {
                return name;
            }
        }

        var parts = names[0].Split(['…', '#'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 ? string.Join(joiner, parts) : names[0];
    }

    private static ImmutableArray<string> Names(IEnumerable<string> names, string parameter)
    {
        var list = names.Select(n => n?.Trim() ?? string.Empty).ToImmutableArray();
        if (list.IsEmpty || list.Any(n => n.Length == 0))
        {
            throw new ArgumentException("An indicator needs at least one name in each language, and no empty name.", parameter);
        }

        return list;
    }
}
