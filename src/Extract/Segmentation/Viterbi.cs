using System.Buffers;
using System.Runtime.CompilerServices;

namespace Extract.Segmentation;

/// <summary>The most probable B/M/E/S state sequence for a run of Han characters, computed as jieba's
/// <c>finalseg.viterbi</c> does, down to the order of the additions and the tie-breaking (equal probabilities go to
/// the state whose letter sorts last), so that the cuts agree with jieba's.</summary>
internal static class Viterbi
{
    // Each state's two possible predecessors, in jieba's order; on a tie the later letter wins.
    private static readonly int[] FirstPredecessor = [HmmState.End, HmmState.Middle, HmmState.Begin, HmmState.Single];
    private static readonly int[] SecondPredecessor = [HmmState.Single, HmmState.Begin, HmmState.Middle, HmmState.End];

    /// <summary>Writes the state of each character of <paramref name="run"/> into <paramref name="states"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(HmmModel model, ReadOnlySpan<char> run, Span<byte> states)
    {
        if (run.IsEmpty)
        {
            return;
        }

        var start = model.Start;
        var transition = model.Transition;
        var emission = model.Emission;
        var backPointers = ArrayPool<byte>.Shared.Rent(run.Length * 4);
        try
        {
            Span<double> previous = stackalloc double[4];
            Span<double> current = stackalloc double[4];
            for (var state = 0; state < 4; state++)
            {
                previous[state] = start[state] + emission[state][run[0]];
            }

            for (var t = 1; t < run.Length; t++)
            {
                var c = run[t];
                for (var state = 0; state < 4; state++)
                {
                    var emit = emission[state][c];
                    int first = FirstPredecessor[state], second = SecondPredecessor[state];
                    var viaFirst = previous[first] + transition[(first * 4) + state] + emit;
                    var viaSecond = previous[second] + transition[(second * 4) + state] + emit;
                    var firstWins = viaFirst > viaSecond || (viaFirst == viaSecond && HmmState.Name(first) > HmmState.Name(second));
                    current[state] = firstWins ? viaFirst : viaSecond;
                    backPointers[(t * 4) + state] = (byte)(firstWins ? first : second);
                }

                current.CopyTo(previous);
            }

            // The last character ends a word: E or S, S on a tie.
            var last = previous[HmmState.End] > previous[HmmState.Single] ? HmmState.End : HmmState.Single;
            for (var t = run.Length - 1; t >= 0; t--)
            {
                states[t] = (byte)last;
                last = backPointers[(t * 4) + last];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(backPointers);
        }
    }
}
