using System.Globalization;
using System.Text.RegularExpressions;
using Extract.Quantities;

namespace Extract.Tables;

/// <summary>Reads the unit statements of tables: <c>单位：万件</c>, <c>单位:亿元</c>, <c>Unit: 10,000</c>,
/// <c>(in millions)</c>, <c>(RMB 100 million)</c>, a header cell <c>万件</c> or <c>专利申请量（万件）</c>.</summary>
public static partial class StatedUnitParser
{
    // No table states its figures in units beyond a trillion trillions: a larger scale is no unit statement.
    private const decimal MaxScale = 1e24m;

    private static readonly Dictionary<string, decimal> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m,
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>The unit <paramref name="text"/> states, where it is a unit statement (<c>单位：万件</c>,
    /// <c>Unit: 10,000</c>) or ends in one in parentheses (<c>表1 主要指标（单位：万件）</c>, <c>Amount (in millions)</c>);
    /// <see langword="null"/> otherwise.</summary>
    public static StatedUnit? ParseStatement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (UnitLabel().Match(trimmed) is { Success: true } labelled)
        {
            return ParseUnit(labelled.Groups["unit"].Value);
        }

        if (EmbeddedUnitLabel().Match(trimmed) is { Success: true } embedded)
        {
            return ParseUnit(embedded.Groups["unit"].Value);
        }

        if (TrailingParenthesis().Match(trimmed) is { Success: true } bracketed)
        {
            var inner = bracketed.Groups["unit"].Value.Trim();
            return UnitLabel().Match(inner) is { Success: true } inside ? ParseUnit(inside.Groups["unit"].Value) : ParseUnit(inner);
        }

        return null;
    }

    /// <summary>The unit <paramref name="text"/> is, as a whole: <c>万件</c>, <c>亿元</c>, <c>件</c>, <c>%</c>,
    /// <c>10,000 items</c>, <c>in millions of yuan</c>, <c>RMB billion</c>; <see langword="null"/> when it is anything
    /// else (a label, a number, a year).</summary>
    public static StatedUnit? ParseUnit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unit = text.Trim().TrimEnd('.', '。');
        if (unit.Length == 0 || unit.Length > 40)
        {
            return null;
        }

        if (unit is "%" or "％")
        {
            return new StatedUnit(1m, new Unit.Percent(), unit);
        }

        return unit.Any(Documents.Scripts.IsHan) ? ParseChinese(unit) : ParseEnglish(unit);
    }

    // A Chinese unit is read as the recognizer reads "1" written before it: 1万件 is 10,000 件, 1亿元 100,000,000 yuan.
    private static StatedUnit? ParseChinese(string unit)
    {
        var probe = "1" + unit;
        var found = QuantityRecognizer.RecognizeChinese(probe);
        if (found.Length != 1 || found[0].Text != probe || found[0].Value <= 0 || !IsPowerOfTen(found[0].Value))
        {
            return null;
        }

        return Measure(found[0].Unit) is { } measure ? new StatedUnit(found[0].Value, measure.Labelled ? measure.Unit : null, unit) : null;
    }

    // English states the scale in words or digits (millions, 10,000, RMB 100 million) and the rest names what is
    // counted or the currency (items, yuan, RMB), read as the recognizer reads it after "1".
    private static StatedUnit? ParseEnglish(string unit)
    {
        var words = Prefix().Replace(unit, string.Empty).Trim();
        var scale = 1m;
        var scaled = false;
        if (Scale().Match(words) is { Success: true } match)
        {
            var number = 1m;
            if (match.Groups["number"].Success
                && !decimal.TryParse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                // Digits beyond decimal's range state no scale.
                return null;
            }

            var word = match.Groups["word"].Success ? ScaleWords[match.Groups["word"].Value] : 1m;
            if ((word == 1m && number < 100m) || number > MaxScale / word)
            {
                return null;
            }

            scale = number * word;
            scaled = true;
            words = (words[..match.Index] + " " + words[(match.Index + match.Length)..]).Trim();
            words = Of().Replace(words, " ").Trim();
        }

        if (!IsPowerOfTen(scale) || (scaled && scale == 1m && words.Length == 0))
        {
            return null;
        }

        if (words.Length == 0)
        {
            return scaled ? new StatedUnit(scale, null, unit) : null;
        }

        var probe = "1 " + words;
        var found = QuantityRecognizer.RecognizeEnglish(probe);
        if (found.Length == 1 && found[0].Span.Start == 0 && found[0].Span.Length == probe.Length && found[0].Value == 1m
            && Measure(found[0].Unit) is { Labelled: true } measure)
        {
            return new StatedUnit(scale, measure.Unit, unit);
        }

        // Anything else of a word or two names what is counted (items, persons, patents).
        return CountedNoun().IsMatch(words) && !NotAUnit().IsMatch(words) ? new StatedUnit(scale, new Unit.Count(Noun: words), unit) : null;
    }

    // The measures a table's unit may state; a year, a date or a duration is not one.
    private static (Unit Unit, bool Labelled)? Measure(Unit unit) => unit switch
    {
        Unit.Count count => (count, count.Label is not null),
        Unit.Money or Unit.Percent => (unit, true),
        _ => null,
    };

    private static bool IsPowerOfTen(decimal value)
    {
        while (value >= 10m && value % 10m == 0m)
        {
            value /= 10m;
        }

        return value == 1m;
    }

    [GeneratedRegex(@"^(?:计量单位|单位|units?(?:\s+of\s+measure)?)\s*[:：]\s*(?<unit>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitLabel();

    // 单位：万件 after a caption on the same line (表1主要指标单位：万件, as lines of Chinese join); the unit has no spaces.
    [GeneratedRegex(@"(?:计量单位|单位)\s*[:：]\s*(?<unit>[^\s，,；;）)]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedUnitLabel();

    [GeneratedRegex(@"^[A-Za-z]+(?:[\s-][A-Za-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CountedNoun();

    // Words that head columns of labels and changes, never units.
    [GeneratedRegex(@"^(?:indicators?|items?\s+name|name|year|years|total|note|notes|source|see\s+note|year\s+on\s+year|growth|change|share|ratio|rate)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAUnit();

    [GeneratedRegex(@"[（(](?<unit>[^（()）]+)[)）]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"^(?:in|expressed\s+in|figures\s+in)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"(?<![\w.,])(?:(?<number>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*(?<word>hundred|thousand|million|billion|trillion)?|(?<word>hundred|thousand|million|billion|trillion))s?(?![\w.,])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scale();

    [GeneratedRegex(@"^\s*of\s+|\s+of\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Of();
}
