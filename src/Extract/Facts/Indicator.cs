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
    }

    /// <summary>The stable id, dotted lower-case words from the general to the particular (<c>patent.invention.grants</c>).</summary>
    public string Id { get; }

    /// <summary>The unit the indicator is stated in.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Its Chinese names: the first is the name to show, the rest are aliases.</summary>
    public ImmutableArray<string> ChineseNames { get; }

    /// <summary>Its English names: the first is the name to show, the rest are aliases.</summary>
    public ImmutableArray<string> EnglishNames { get; }

    /// <summary>The Chinese name to show.</summary>
    public string ChineseName => ChineseNames[0];

    /// <summary>The English name to show.</summary>
    public string EnglishName => EnglishNames[0];

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
