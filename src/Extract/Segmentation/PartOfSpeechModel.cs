using Extract.Segmentation.Embedded;

namespace Extract.Segmentation;

/// <summary>jieba's part-of-speech HMM (<c>jieba.posseg</c>): its states are pairs of a position in a word (B, M, E,
/// S) and a tag, so decoding a run of unknown characters cuts and tags it at once. Its tables (start, transition and
/// emission log-probabilities, and <c>char_state_tab</c>, the states each character may take) are jieba 0.42.1's,
/// embedded in the library.</summary>
/// <remarks>Immutable once loaded; one instance serves any number of segmenters and threads.</remarks>
public sealed class PartOfSpeechModel
{
    private const string JiebaResourceName = "Extract.Segmentation.jieba.pos.br";

    private static readonly Lazy<PartOfSpeechModel> SharedJieba = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly char[][] _emissionCharacters;
    private readonly double[][] _emissionValues;
    private readonly int[]?[] _characterStates;

    private PartOfSpeechModel(char[] positions, PartOfSpeech[] tags, double[] start, int[][] successors, double[] transition,
        char[][] emissionCharacters, double[][] emissionValues, int[]?[] characterStates)
    {
        Positions = positions;
        Tags = tags;
        Start = start;
        Successors = successors;
        Transition = transition;
        _emissionCharacters = emissionCharacters;
        _emissionValues = emissionValues;
        _characterStates = characterStates;
        AllStates = [.. Enumerable.Range(0, positions.Length)];
    }

    /// <summary>jieba 0.42.1's posseg tables, loaded on first use.</summary>
    public static PartOfSpeechModel Jieba => SharedJieba.Value;

    /// <summary>Number of states.</summary>
    internal int StateCount => Positions.Length;

    /// <summary>Each state's position letter (<c>B</c>, <c>M</c>, <c>E</c> or <c>S</c>). States are numbered in the
    /// order Python compares jieba's <c>(position, tag)</c> tuples, so a higher number wins a tie as in jieba.</summary>
    internal char[] Positions { get; }

    /// <summary>Each state's tag.</summary>
    internal PartOfSpeech[] Tags { get; }

    /// <summary>Start log-probability per state.</summary>
    internal double[] Start { get; }

    /// <summary>The states each state has a transition to (jieba's <c>trans_p[state].keys()</c>), ascending.</summary>
    internal int[][] Successors { get; }

    /// <summary>Transition log-probability, <c>from * StateCount + to</c>; negative infinity where jieba has none.</summary>
    internal double[] Transition { get; }

    /// <summary>Every state, ascending (jieba's <c>all_states</c>).</summary>
    internal int[] AllStates { get; }

    /// <summary>jieba's <c>emit_p[state].get(c, MIN_FLOAT)</c>.</summary>
    internal double Emission(int state, char c)
    {
        var index = _emissionCharacters[state].AsSpan().BinarySearch(c);
        return index >= 0 ? _emissionValues[state][index] : HmmModel.MinLogProbability;
    }

    /// <summary>jieba's <c>char_state_tab.get(c, all_states)</c>.</summary>
    internal int[] StatesOf(char c) => _characterStates[c] ?? AllStates;

    /// <summary>Reads the embedded tables (each call anew; <see cref="Jieba"/> keeps one).</summary>
    internal static PartOfSpeechModel LoadEmbedded()
    {
        // Layout: build/Extract.JiebaData/PosWriter.cs.
        var content = TableReader.Load(JiebaResourceName, 'P');
        var reader = TableReader.Over(content);
        var count = reader.VarInt();
        var positions = new char[count];
        var tags = new PartOfSpeech[count];
        for (var state = 0; state < count; state++)
        {
            positions[state] = (char)reader.Byte();
            tags[state] = PartOfSpeech.Of(reader.String());
        }

        var start = new double[count];
        for (var state = 0; state < count; state++)
        {
            start[state] = reader.Double();
        }

        var transition = new double[count * count];
        Array.Fill(transition, double.NegativeInfinity);
        var successors = new int[count][];
        for (var from = 0; from < count; from++)
        {
            var targets = new int[reader.VarInt()];
            var previous = 0;
            for (var i = 0; i < targets.Length; i++)
            {
                previous += reader.VarInt();
                targets[i] = previous;
            }

            foreach (var to in targets)
            {
                transition[(from * count) + to] = reader.Double();
            }

            successors[from] = targets;
        }

        var emissionCharacters = new char[count][];
        var emissionValues = new double[count][];
        for (var state = 0; state < count; state++)
        {
            var rows = reader.VarInt();
            emissionCharacters[state] = new char[rows];
            reader.Characters(emissionCharacters[state]);
            emissionValues[state] = new double[rows];
            for (var i = 0; i < rows; i++)
            {
                emissionValues[state][i] = reader.Double();
            }
        }

        var characterStates = new int[]?[char.MaxValue + 1];
        var characters = new char[reader.VarInt()];
        reader.Characters(characters);
        foreach (var c in characters)
        {
            var states = new int[reader.VarInt()];
            var previous = 0;
            for (var i = 0; i < states.Length; i++)
            {
                previous += reader.VarInt();
                states[i] = previous;
            }

            characterStates[c] = states;
        }

        if (!reader.AtEnd)
        {
            throw new InvalidOperationException($"The embedded resource {JiebaResourceName} holds more than the posseg tables.");
        }

        return new PartOfSpeechModel(positions, tags, start, successors, transition, emissionCharacters, emissionValues, characterStates);
    }
}
