using System.Text.Json;

namespace Extract.JiebaData;

/// <summary>posseg's HMM, whose states are pairs (position B/M/E/S, tag). States are written in the order Python
/// compares the tuples (position, then tag, ordinally), so that a state's index breaks ties as jieba's
/// <c>max</c> over <c>(probability, state)</c> does. Layout: state count; per state its position letter and tag;
/// start log-probabilities; per state its transitions (count, target indexes ascending, log-probabilities); per
/// state its emissions; then <c>char_state_tab</c> (character count, characters ascending, per character its state
/// count and state indexes ascending, as differences).</summary>
internal static class PosWriter
{
    public static byte[] Write(JsonElement start, JsonElement transitions, JsonElement emissions, JsonElement charStates)
    {
        var names = transitions.EnumerateObject().Select(p => p.Name).ToList();
        var states = names.Select(Parse).OrderBy(s => s.Position).ThenBy(s => s.Tag, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            index.Add($"{states[i].Position}-{states[i].Tag}", i);
        }

        var writer = new TableWriter('P');
        writer.VarInt(states.Count);
        foreach (var (position, tag) in states)
        {
            writer.Byte(position);
            writer.String(tag);
        }

        foreach (var (position, tag) in states)
        {
            writer.Double(start.GetProperty($"{position}-{tag}").GetDouble());
        }

        foreach (var (position, tag) in states)
        {
            var row = transitions.GetProperty($"{position}-{tag}").EnumerateObject()
                .Select(p => (To: index[p.Name], Value: p.Value.GetDouble()))
                .OrderBy(p => p.To)
                .ToList();
            writer.VarInt(row.Count);
            var previous = 0;
            foreach (var (to, _) in row)
            {
                writer.VarInt(to - previous);
                previous = to;
            }

            foreach (var (_, value) in row)
            {
                writer.Double(value);
            }
        }

        foreach (var (position, tag) in states)
        {
            Emissions.Write(writer, emissions.GetProperty($"{position}-{tag}"));
        }

        var table = charStates.EnumerateObject()
            .Select(p => (Char: Emissions.Single(p.Name), States: p.Value.EnumerateArray().Select(s => index[s.GetString()!]).Distinct().Order().ToList()))
            .OrderBy(p => p.Char)
            .ToList();
        writer.VarInt(table.Count);
        writer.Characters([.. table.Select(t => t.Char)]);
        foreach (var (_, list) in table)
        {
            writer.VarInt(list.Count);
            var previous = 0;
            foreach (var state in list)
            {
                writer.VarInt(state - previous);
                previous = state;
            }
        }

        Console.WriteLine($"posseg: {states.Count} states, {table.Count:N0} characters in char_state_tab");
        return writer.ToArray();
    }

    private static (char Position, string Tag) Parse(string name)
    {
        var dash = name.IndexOf('-');
        if (dash != 1 || "BMES".IndexOf(name[0]) < 0 || name.Length < 3)
        {
            throw new InvalidDataException($"\"{name}\" is not a posseg state (position-tag)");
        }

        return (name[0], name[2..]);
    }
}
