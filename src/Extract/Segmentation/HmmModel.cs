using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Extract.Segmentation;

/// <summary>The character-tagging hidden Markov model that cuts runs of characters the dictionary does not cover
/// (jieba's <c>finalseg</c>): states B (begins a word), M (middle), E (ends), S (single-character word), with
/// start, transition and emission log-probabilities read from <c>hmm_start.tsv</c>, <c>hmm_trans.tsv</c> and
/// <c>hmm_emit.tsv</c>.</summary>
/// <remarks>Immutable once loaded, so one instance serves any number of segmenters and threads.</remarks>
public sealed class HmmModel
{
    /// <summary>jieba's stand-in for log(0): what a transition or emission absent from the tables counts.</summary>
    internal const double MinLogProbability = -3.14e100;

    /// <summary>File name of the start table.</summary>
    public const string StartFileName = "hmm_start.tsv";

    /// <summary>File name of the transition table.</summary>
    public const string TransitionFileName = "hmm_trans.tsv";

    /// <summary>File name of the emission table.</summary>
    public const string EmissionFileName = "hmm_emit.tsv";

    private const long MaxFileBytes = 64L * 1024 * 1024;

    private const string JiebaResourceName = "Extract.Segmentation.jieba.hmm.br";

    private static readonly Lazy<HmmModel> SharedJieba = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private HmmModel(double[] start, double[] transition, double[][] emission)
    {
        Start = start;
        Transition = transition;
        Emission = emission;
    }

    /// <summary>jieba 0.42.1's finalseg tables, embedded in the library and loaded on first use.</summary>
    public static HmmModel Jieba => SharedJieba.Value;

    /// <summary>Start log-probability per state, indexed by <see cref="HmmState"/>.</summary>
    internal double[] Start { get; }

    /// <summary>Transition log-probability, indexed by <c>from * 4 + to</c>.</summary>
    internal double[] Transition { get; }

    /// <summary>Emission log-probability per state, indexed by character (every UTF-16 unit; absent ones are
    /// <see cref="MinLogProbability"/>).</summary>
    internal double[][] Emission { get; }

    /// <summary>Reads the three tables from <paramref name="directory"/>.</summary>
    /// <exception cref="DataFileNotFoundException">When the directory or a table is missing.</exception>
    /// <exception cref="HmmModelFormatException">When a table is truncated, incomplete or has a bad line.</exception>
    public static HmmModel Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var start = Fill(4);
        var transition = Fill(16);
        var emission = new double[4][];
        for (var state = 0; state < 4; state++)
        {
            emission[state] = Fill(char.MaxValue + 1);
        }

        var startPath = Path.Combine(directory, StartFileName);
        var startSeen = new bool[4];
        ReadTable(startPath, 2, (fields, line) =>
        {
            var state = ParseState(startPath, line, fields[0]);
            start[state] = ParseLogProbability(startPath, line, fields[1]);
            startSeen[state] = true;
        });
        RequireAll(startPath, startSeen, "a start probability");

        var transitionPath = Path.Combine(directory, TransitionFileName);
        var transitionRows = 0;
        ReadTable(transitionPath, 3, (fields, line) =>
        {
            var from = ParseState(transitionPath, line, fields[0]);
            var to = ParseState(transitionPath, line, fields[1]);
            transition[(from * 4) + to] = ParseLogProbability(transitionPath, line, fields[2]);
            transitionRows++;
        });
        if (transitionRows == 0)
        {
            throw new HmmModelFormatException(transitionPath, "the table has no transitions");
        }

        var emissionPath = Path.Combine(directory, EmissionFileName);
        var emissionSeen = new bool[4];
        ReadTable(emissionPath, 3, (fields, line) =>
        {
            var state = ParseState(emissionPath, line, fields[0]);
            if (fields[1].Length != 1)
            {
                throw new HmmModelFormatException(emissionPath, line, $"expected one character, found \"{fields[1]}\"");
            }

            emission[state][fields[1][0]] = ParseLogProbability(emissionPath, line, fields[2]);
            emissionSeen[state] = true;
        });
        RequireAll(emissionPath, emissionSeen, "emissions");

        return new HmmModel(start, transition, emission);
    }

    /// <summary>Reads the embedded tables (each call anew; <see cref="Jieba"/> keeps one).</summary>
    // Fully optimized from the first call: it runs once per process.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static HmmModel LoadEmbedded()
    {
        // Layout: build/Extract.JiebaData/HmmWriter.cs (states in HmmState order: B, M, E, S).
        var content = Embedded.TableReader.Load(JiebaResourceName, 'H');
        var reader = Embedded.TableReader.Over(content);
        var start = new double[4];
        for (var state = 0; state < 4; state++)
        {
            start[state] = reader.Double();
        }

        var transition = new double[16];
        for (var i = 0; i < transition.Length; i++)
        {
            transition[i] = reader.Double();
        }

        var emission = new double[4][];
        var characters = new char[char.MaxValue + 1];
        for (var state = 0; state < 4; state++)
        {
            emission[state] = Fill(char.MaxValue + 1);
            var count = reader.VarInt();
            reader.Characters(characters.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                emission[state][characters[i]] = reader.Double();
            }
        }

        if (!reader.AtEnd)
        {
            throw new InvalidOperationException($"The embedded resource {JiebaResourceName} holds more than the HMM tables.");
        }

        return new HmmModel(start, transition, emission);
    }

    private static double[] Fill(int length)
    {
        var values = new double[length];
        Array.Fill(values, MinLogProbability);
        return values;
    }

    private static void ReadTable(string path, int fieldCount, Action<string[], int> row)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new DataFileNotFoundException(path, "HMM table");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new DocumentTooLargeException(path, file.Length, MaxFileBytes);
        }

        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (DecoderFallbackException)
        {
            throw new HmmModelFormatException(path, "the table is not valid UTF-8");
        }

        if (text.Length == 0)
        {
            throw new HmmModelFormatException(path, "the table is empty");
        }

        // The tables are written with a final line end; without it the file was cut short, possibly mid-number.
        if (text[^1] != '\n')
        {
            throw new HmmModelFormatException(path, "the table is truncated: its last line has no line end");
        }

        var number = 0;
        foreach (var line in text.AsSpan(0, text.Length - 1).ToString().Split('\n'))
        {
            number++;
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length != fieldCount)
            {
                throw new HmmModelFormatException(path, number, $"expected {fieldCount} tab-separated fields, found {fields.Length}");
            }

            row(fields, number);
        }
    }

    private static int ParseState(string path, int line, string field) => field switch
    {
        "B" => HmmState.Begin,
        "M" => HmmState.Middle,
        "E" => HmmState.End,
        "S" => HmmState.Single,
        _ => throw new HmmModelFormatException(path, line, $"\"{field}\" is not a state (B, M, E or S)"),
    };

    private static double ParseLogProbability(string path, int line, string field)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value > 0)
        {
            throw new HmmModelFormatException(path, line, $"\"{field}\" is not a log-probability (a number at most 0)");
        }

        return value;
    }

    private static void RequireAll(string path, bool[] seen, string what)
    {
        for (var state = 0; state < seen.Length; state++)
        {
            if (!seen[state])
            {
                throw new HmmModelFormatException(path, $"the table is incomplete: state {HmmState.Name(state)} has no {what}");
            }
        }
    }
}
