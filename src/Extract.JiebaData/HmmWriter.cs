using System.Text.Json;

namespace Extract.JiebaData;

/// <summary>jieba's finalseg HMM over the states B, M, E, S (in that order): start and transition log-probabilities,
/// then per state its emissions (count, characters ascending, log-probabilities).</summary>
internal static class HmmWriter
{
    // jieba.NET keeps finalseg's start probabilities in code, not in a data file: these are jieba's
    // finalseg/prob_start.py (MIN_FLOAT for E and M, which cannot start a word).
    private static readonly double[] Start = [-0.26268660809250016, -3.14e+100, -3.14e+100, -1.4652633398537678];

    private const string States = "BMES";

    public static byte[] Write(JsonElement transitions, JsonElement emissions)
    {
        var writer = new TableWriter('H');
        foreach (var value in Start)
        {
            writer.Double(value);
        }

        foreach (var from in States)
        {
            var row = transitions.TryGetProperty(from.ToString(), out var r) ? r : default;
            foreach (var to in States)
            {
                writer.Double(row.ValueKind == JsonValueKind.Object && row.TryGetProperty(to.ToString(), out var p) ? p.GetDouble() : -3.14e100);
            }
        }

        foreach (var state in States)
        {
            Emissions.Write(writer, emissions.GetProperty(state.ToString()));
        }

        return writer.ToArray();
    }
}

/// <summary>One state's emissions: count, characters ascending, log-probabilities in the same order.</summary>
internal static class Emissions
{
    public static void Write(TableWriter writer, JsonElement table)
    {
        var rows = table.EnumerateObject()
            .Select(p => (Char: Single(p.Name), Value: p.Value.GetDouble()))
            .OrderBy(p => p.Char)
            .ToList();
        writer.VarInt(rows.Count);
        writer.Characters([.. rows.Select(r => r.Char)]);
        foreach (var row in rows)
        {
            writer.Double(row.Value);
        }
    }

    public static char Single(string text) =>
        text.Length == 1 ? text[0] : throw new InvalidDataException($"expected one character, found \"{text}\"");
}
