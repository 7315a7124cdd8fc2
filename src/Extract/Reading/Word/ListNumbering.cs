extern alias OpenXml;

using System.Text;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Extract.Reading.Word;

/// <summary>Generates the numbers Word prints before list paragraphs (<c>一、</c>, <c>I.</c>, <c>（二）</c>, <c>1.1</c>)
/// from the document's numbering definitions, counting as Word does: one counter per abstract list, so that list
/// instances sharing it continue each other; a <c>startOverride</c> restarts it; a level restarts when a higher one
/// moves on.</summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _overridesApplied = [];
    private readonly StyleCatalog _styles;

    public ListNumbering(Numbering? numbering, StyleCatalog styles)
    {
        _styles = styles;
        if (numbering is null)
        {
            return;
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }

        foreach (var list in numbering.Elements<AbstractNum>())
        {
            if (list.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, list);
            }
        }
    }

    /// <summary>The label of the paragraph, counting it; <see langword="null"/> when it is not numbered, or is a
    /// bullet.</summary>
    /// <param name="properties">The paragraph's properties.</param>
    /// <param name="styleId">The paragraph's style.</param>
    /// <param name="separator">What Word prints between the label and the text: a tab, a space or nothing.</param>
    public string? Next(ParagraphProperties? properties, string? styleId, out string separator)
    {
        separator = string.Empty;
        var direct = properties?.NumberingProperties;
        var fromStyle = _styles.NumberingOf(styleId);
        var numId = direct?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        if (numId is null or 0 || !_instances.TryGetValue(numId.Value, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId || !_abstracts.TryGetValue(abstractId, out var list))
        {
            return null;
        }

        list = Linked(list);
        var level = direct?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? LevelOfStyle(list, styleId);
        level = Math.Clamp(level, 0, Levels - 1);
        var counters = CountersOf(abstractId);
        ApplyOverrides(numId.Value, instance, list, counters);

        counters[level] = (counters[level] ?? StartOf(list, instance, level) - 1) + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        var definition = LevelOf(list, instance, level);
        var label = Label(definition, list, instance, counters, level);
        separator = definition?.LevelSuffix?.Val?.InnerText switch
        {
            "nothing" => string.Empty,
            _ => " ",
        };
        return label;
    }

    private int?[] CountersOf(int abstractId)
    {
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[abstractId] = counters;
        }

        return counters;
    }

    // "Restart numbering" makes a new list instance whose levels start over where it says so, once.
    private void ApplyOverrides(int numId, NumberingInstance instance, AbstractNum list, int?[] counters)
    {
        if (!_overridesApplied.Add(numId))
        {
            return;
        }

        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is { } index and >= 0 and < Levels
                && (levelOverride.StartOverrideNumberingValue?.Val?.Value is not null || levelOverride.Level is not null))
            {
                counters[index] = null;
            }
        }
    }

    // A list may only point to a numbering style whose list holds the levels.
    private AbstractNum Linked(AbstractNum list)
    {
        if (list.NumberingStyleLink?.Val?.Value is { } styleId
            && _styles.NumberingOf(styleId)?.NumberingId?.Val?.Value is { } numId
            && _instances.TryGetValue(numId, out var instance)
            && instance.AbstractNumId?.Val?.Value is { } abstractId
            && _abstracts.TryGetValue(abstractId, out var linked))
        {
            return linked;
        }

        return list;
    }

    private static int LevelOfStyle(AbstractNum list, string? styleId)
    {
        foreach (var level in list.Elements<Level>())
        {
            if (styleId is not null && level.ParagraphStyleIdInLevel?.Val?.Value == styleId)
            {
                return level.LevelIndex?.Value ?? 0;
            }
        }

        return 0;
    }

    private static Level? LevelOf(AbstractNum list, NumberingInstance instance, int index)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == index && levelOverride.Level is { } overridden)
            {
                return overridden;
            }
        }

        return list.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == index);
    }

    private static int StartOf(AbstractNum list, NumberingInstance instance, int index)
    {
        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value == index && levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                return start;
            }
        }

        return LevelOf(list, instance, index)?.StartNumberingValue?.Val?.Value ?? 1;
    }

    // "%1、" → "一、"; "%1.%2" → "1.2", each placeholder in its own level's format (decimal for legal numbering).
    private static string? Label(Level? definition, AbstractNum list, NumberingInstance instance, int?[] counters, int level)
    {
        var format = definition?.NumberingFormat?.Val?.InnerText;
        if (definition is null || format is "bullet" or "none")
        {
            return null;
        }

        var template = definition.LevelText?.Val?.Value ?? $"%{level + 1}.";
        var legal = definition.IsLegalNumberingStyle is { } isLegal && (isLegal.Val?.Value ?? true);
        var label = new StringBuilder(template.Length + 4);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[i + 1] - '1';
                var value = counters[referenced] ?? StartOf(list, instance, referenced);
                var referencedFormat = referenced == level ? format : LevelOf(list, instance, referenced)?.NumberingFormat?.Val?.InnerText;
                label.Append(NumberFormatter.Format(value, legal ? "decimal" : referencedFormat) ?? string.Empty);
                i++;
            }
            else
            {
                label.Append(template[i]);
            }
        }

        var text = label.ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
