using System.Buffers;
using System.Runtime.CompilerServices;

namespace Extract.Segmentation;

/// <summary>The most probable (position, tag) state sequence for a run of Han characters, computed as jieba's
/// <c>posseg.viterbi</c> does: the states tried at each character are those <c>char_state_tab</c> allows that a
/// previous state can move to (or all the previous states can move to, when none is allowed), and ties go to the
/// state that sorts last, as Python's <c>max</c> over <c>(probability, state)</c> tuples breaks them.</summary>
internal static class PosViterbi
{
    /// <summary>Writes the state of each character of <paramref name="run"/> into <paramref name="states"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(PartOfSpeechModel model, ReadOnlySpan<char> run, Span<int> states)
    {
        if (run.IsEmpty)
        {
            return;
        }

        var count = model.StateCount;
        var transition = model.Transition;
        var previous = ArrayPool<double>.Shared.Rent(count);
        var current = ArrayPool<double>.Shared.Rent(count);
        var back = ArrayPool<short>.Shared.Rent(run.Length * count);
        var expected = ArrayPool<bool>.Shared.Rent(count);
        var present = new List<int>(count);
        var next = new List<int>(count);
        var sources = new List<int>(count);
        var expectedStates = new List<int>(count);
        try
        {
            foreach (var state in model.StatesOf(run[0]))
            {
                previous[state] = model.Start[state] + model.Emission(state, run[0]);
                present.Add(state);
            }

            for (var t = 1; t < run.Length; t++)
            {
                var c = run[t];

                // prev_states: the states of the last step that have a transition at all.
                sources.Clear();
                foreach (var state in present)
                {
                    if (model.Successors[state].Length > 0)
                    {
                        sources.Add(state);
                    }
                }

                // jieba would fail here (max of nothing); every state of the last step stands in.
                if (sources.Count == 0)
                {
                    sources.AddRange(present);
                }

                Array.Clear(expected, 0, count);
                expectedStates.Clear();
                foreach (var state in sources)
                {
                    foreach (var to in model.Successors[state])
                    {
                        if (!expected[to])
                        {
                            expected[to] = true;
                            expectedStates.Add(to);
                        }
                    }
                }

                next.Clear();
                foreach (var state in model.StatesOf(c))
                {
                    if (expected[state])
                    {
                        next.Add(state);
                    }
                }

                if (next.Count == 0)
                {
                    next.AddRange(expectedStates.Count > 0 ? expectedStates : model.AllStates);
                }

                foreach (var state in next)
                {
                    var emit = model.Emission(state, c);
                    var best = double.NegativeInfinity;
                    var bestSource = -1;
                    foreach (var source in sources)
                    {
                        var probability = previous[source] + transition[(source * count) + state] + emit;
                        if (bestSource < 0 || probability > best || (probability == best && source > bestSource))
                        {
                            best = probability;
                            bestSource = source;
                        }
                    }

                    current[state] = best;
                    back[(t * count) + state] = (short)bestSource;
                }

                (previous, current) = (current, previous);
                (present, next) = (next, present);
            }

            var last = -1;
            var lastProbability = double.NegativeInfinity;
            foreach (var state in present)
            {
                if (last < 0 || previous[state] > lastProbability || (previous[state] == lastProbability && state > last))
                {
                    last = state;
                    lastProbability = previous[state];
                }
            }

            for (var t = run.Length - 1; t >= 0; t--)
            {
                states[t] = last;
                last = back[(t * count) + last];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(previous);
            ArrayPool<double>.Shared.Return(current);
            ArrayPool<short>.Shared.Return(back);
            ArrayPool<bool>.Shared.Return(expected);
        }
    }
}
