using System.Collections.Immutable;

namespace Extract.Alignment;

/// <summary>Aligns two sequences of text units (paragraphs, sentences) from their lengths, in the manner of Gale and
/// Church, strengthened by anchors the two sides share (the numbers both editions state).</summary>
/// <remarks>
/// Dynamic programming over the two sequences: every link (a "bead") joins 0 to 4 units of one side to 0 to 4 of the
/// other, and costs the negative log of its prior probability plus how far the length ratio strays from the ratio
/// of the whole. The ratio is measured on the documents themselves (Chinese characters to English characters is
/// about 1 : 4 in these papers), so no language-specific constant is needed. The anchor bonus lets shared numbers pull the
/// right units together where lengths alone are ambiguous. Only a band around the diagonal is filled: O((n + m)·band)
/// time and memory instead of O(n·m).
/// </remarks>
internal static class LengthAligner
{
    // How far a length ratio strays, in natural-log units, for one standard deviation: translations of a paragraph
    // run from about two thirds to one and a half times the average ratio.
    private const double RatioSpread = 0.35;

    private static readonly ImmutableArray<(int Source, int Target, double Cost)> Shapes =
    [
        (1, 1, -Math.Log(0.80)),
        (1, 0, -Math.Log(0.004)),
        (0, 1, -Math.Log(0.004)),
        (1, 2, -Math.Log(0.07)),
        (2, 1, -Math.Log(0.05)),
        (2, 2, -Math.Log(0.01)),
        (1, 3, -Math.Log(0.03)),
        (3, 1, -Math.Log(0.01)),
        (1, 4, -Math.Log(0.01)),
    ];

    /// <summary>Aligns units of the given lengths.</summary>
    /// <param name="source">Lengths of the source units (e.g. Chinese characters).</param>
    /// <param name="target">Lengths of the target units (e.g. English characters).</param>
    /// <param name="ratio">The expected ratio of target to source length, measured over whole documents (where an
    /// omission or an addition hardly moves it); when not given, the ratio of these two sequences.</param>
    /// <param name="affinity">Bonus (subtracted from the cost) for joining source units [s0, s1) with target units
    /// [t0, t1); <see langword="null"/> for none.</param>
    /// <returns>The links in order, covering both sequences.</returns>
    /// <param name="band">How far, in units, a link may stray from the diagonal of the two sequences (see
    /// <see cref="AlignmentOptions.MaxDrift"/>); sequences within it of each other get the full table.</param>
    public static ImmutableArray<Bead> Align(IReadOnlyList<int> source, IReadOnlyList<int> target, Func<int, int, int, int, double>? affinity = null, double? ratio = null, int band = AlignmentOptions.DefaultMaxDrift)
    {
        var n = source.Count;
        var m = target.Count;
        var sourcePrefix = Prefix(source);
        var targetPrefix = Prefix(target);
        var expectedRatio = ratio ?? (targetPrefix[m] + 1.0) / (sourcePrefix[n] + 1.0);

        // Only cells near the diagonal are computed and stored (row i holds columns [low[i], low[i] + width)): linear
        // memory and time in the length of the sequences. The band is wide enough for consecutive rows to overlap, so a
        // path from the first cell to the last always exists.
        var width = Math.Max(1, band);
        var low = new int[n + 1];
        var cost = new double[n + 1][];
        var back = new byte[n + 1][];
        for (var i = 0; i <= n; i++)
        {
            var centre = n == 0 ? 0 : (long)i * m / n;
            var next = n == 0 ? m : ((long)(i + 1) * m / n);
            low[i] = (int)Math.Max(0, centre - width);
            var high = (int)Math.Min(m, Math.Max(centre + width, next + width));
            if (i == n || n == 0)
            {
                high = m;
            }

            cost[i] = new double[high - low[i] + 1];
            back[i] = new byte[high - low[i] + 1];
        }

        double Cost(int i, int j)
        {
            var k = j - low[i];
            return k < 0 || k >= cost[i].Length ? double.PositiveInfinity : cost[i][k];
        }

        for (var i = 0; i <= n; i++)
        {
            for (var j = low[i]; j < low[i] + cost[i].Length; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var best = double.PositiveInfinity;
                byte bestShape = 0;
                for (byte k = 0; k < Shapes.Length; k++)
                {
                    var (ds, dt, prior) = Shapes[k];
                    if (ds > i || dt > j)
                    {
                        continue;
                    }

                    var before = Cost(i - ds, j - dt);
                    if (double.IsPositiveInfinity(before))
                    {
                        continue;
                    }

                    var c = before + prior
                            + LengthCost(sourcePrefix[i] - sourcePrefix[i - ds], targetPrefix[j] - targetPrefix[j - dt], ds, dt, expectedRatio)
                            - (affinity?.Invoke(i - ds, i, j - dt, j) ?? 0);
                    if (c < best)
                    {
                        best = c;
                        bestShape = k;
                    }
                }

                cost[i][j - low[i]] = best;
                back[i][j - low[i]] = bestShape;
            }
        }

        var beads = new List<Bead>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var (ds, dt, _) = Shapes[back[i][j - low[i]]];
            beads.Add(new Bead(i - ds, ds, j - dt, dt, Cost(i, j) - Cost(i - ds, j - dt)));
            i -= ds;
            j -= dt;
        }

        beads.Reverse();
        return [.. beads];
    }

    /// <summary>How unlikely the lengths of a link are: half the square of the log-ratio's deviation, in standard
    /// deviations (the negative log-likelihood of a normal distribution, up to a constant).</summary>
    internal static double LengthCost(int sourceLength, int targetLength, int sourceCount, int targetCount, double ratio)
    {
        if (sourceCount == 0 || targetCount == 0)
        {
            // An unmatched unit costs more the longer it is: dropping a whole paragraph is rarer than dropping a line.
            return Math.Log(1 + (sourceLength * ratio) + targetLength) / 2;
        }

        var deviation = Math.Log((targetLength + 1.0) / ((sourceLength + 1.0) * ratio)) / RatioSpread;
        return deviation * deviation / 2;
    }

    private static int[] Prefix(IReadOnlyList<int> lengths)
    {
        var prefix = new int[lengths.Count + 1];
        for (var i = 0; i < lengths.Count; i++)
        {
            prefix[i + 1] = prefix[i] + lengths[i];
        }

        return prefix;
    }
}
