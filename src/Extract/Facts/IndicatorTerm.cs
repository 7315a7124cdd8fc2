using System.Collections.Immutable;
using Extract.Documents;

namespace Extract.Facts;

/// <summary>One name of an indicator as the matcher reads it: its parts in order, and where the figure stands
/// among them (<c>court…accepted…#…cases</c>: two parts before the figure, one after).</summary>
internal sealed class IndicatorTerm
{
    /// <summary>The separator of the parts of a name.</summary>
    public const char Gap = '…';

    /// <summary>The part that stands for the figure.</summary>
    public const string Figure = "#";

    private IndicatorTerm(Indicator indicator, Language language, ImmutableArray<string> parts, int figureIndex)
    {
        Indicator = indicator;
        Language = language;
        Parts = parts;
        FigureIndex = figureIndex;
        Length = parts.Sum(p => p.Length);

        // English words of one part may be parted by a modifier in the text (valid invention patents, valid domestic
        // invention patents); Chinese writes a part as one run of characters.
        Words = language == Language.English
            ? [.. parts.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())]
            : [.. parts.Select(p => ImmutableArray.Create(p))];

        // The longest word is the rarest: looking for it first rules most names out of a sentence at once.
        Probes = [.. Words.SelectMany(w => w).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
    }

    /// <summary>The indicator named.</summary>
    public Indicator Indicator { get; }

    /// <summary>The language of the name.</summary>
    public Language Language { get; }

    /// <summary>The words to find, in order, without the figure mark.</summary>
    public ImmutableArray<string> Parts { get; }

    /// <summary>The words of each part, in order: the text may set one modifier between two words of an English
    /// part.</summary>
    public ImmutableArray<ImmutableArray<string>> Words { get; }

    /// <summary>Every word of the name, the longest first: a sentence holds the name only if it holds them all.</summary>
    public ImmutableArray<string> Probes { get; }

    /// <summary>How many parts stand before the figure, or -1 when the figure may stand anywhere.</summary>
    public int FigureIndex { get; }

    /// <summary>The characters the parts cover: a longer name is a more specific one.</summary>
    public int Length { get; }

    /// <summary>Reads a name; <see langword="null"/> and a reason when it is malformed.</summary>
    public static IndicatorTerm? Parse(Indicator indicator, Language language, string name, out string? problem)
    {
        var raw = name.Replace("...", Gap.ToString(), StringComparison.Ordinal).Split(Gap);
        var parts = ImmutableArray.CreateBuilder<string>(raw.Length);
        var figure = -1;
        foreach (var piece in raw)
        {
            var part = piece.Trim();
            if (part.Length == 0)
            {
                problem = $"the name \"{name}\" has an empty part";
                return null;
            }

            if (part == Figure)
            {
                if (figure >= 0)
                {
                    problem = $"the name \"{name}\" marks the figure (#) twice";
                    return null;
                }

                figure = parts.Count;
                continue;
            }

            // English names match whatever the case: kept lower-case, compared with the lower-cased sentence.
            parts.Add(language == Language.English ? part.ToLowerInvariant() : part);
        }

        if (parts.Count == 0)
        {
            problem = $"the name \"{name}\" has no words";
            return null;
        }

        // A Chinese name without a mark names what stands before the figure: 专利申请量 17.36 万件.
        if (figure < 0 && language == Language.Chinese)
        {
            figure = parts.Count;
        }

        problem = null;
        return new IndicatorTerm(indicator, language, parts.ToImmutable(), figure);
    }

    /// <inheritdoc/>
    public override string ToString() => Indicator.Id + ": " + string.Join(Gap, Parts);
}
