using System.Buffers;
using System.Runtime.CompilerServices;
using Extract.Documents;

namespace Extract.Segmentation;

/// <summary>jieba's segmentation algorithm over a <see cref="Segmentation.Lexicon"/>: in each run of Han characters,
/// ASCII letters and digits, the route through the graph of dictionary words with the highest log-probability;
/// runs of characters the dictionary leaves single re-cut by the <see cref="HmmModel"/> when there is one; every
/// other character its own token. With jieba's dictionary and HMM tables its tokens are jieba 0.42.1's.</summary>
/// <remarks>Thread-safe; tokens are streamed, and the work per character is bounded by
/// <see cref="Lexicon.MaxWordLength"/>, so time is linear in the text.</remarks>
public sealed class JiebaSegmenter : ISegmenter
{
    private static readonly string?[] SingleCharacters = new string?[char.MaxValue + 1];

    private static readonly Lazy<JiebaSegmenter> SharedDefault = new(
        () => new JiebaSegmenter(Lexicon.JiebaWithDomainWords, HmmModel.Jieba),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A segmenter over <see cref="Lexicon.Default"/> (the domain lexicon alone), without HMM, keeping numbers
    /// whole.</summary>
    public JiebaSegmenter()
        : this(Lexicon.Default)
    {
        KeepNumbersWhole = true;
    }

    /// <summary>A segmenter over <paramref name="lexicon"/>; unknown runs are re-cut with <paramref name="hmm"/> when
    /// given (jieba's <c>HMM=True</c>), and left as single characters otherwise (<c>HMM=False</c>).</summary>
    public JiebaSegmenter(Lexicon lexicon, HmmModel? hmm = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        Hmm = hmm;
    }

    /// <summary>The segmenter the pipeline uses unless given another: jieba's dictionary with the words of the domain
    /// lexicon added on top as a user dictionary (<see cref="Lexicon.JiebaWithDomainWords"/>), and jieba's HMM for
    /// unknown words (<see cref="HmmModel.Jieba"/>). Shared; loaded on first use.</summary>
    public static JiebaSegmenter Default => SharedDefault.Value;

    /// <summary>The words this segmenter knows.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The model for unknown words, if any.</summary>
    public HmmModel? Hmm { get; }

    /// <summary>Without HMM, whether runs outside the dictionary are still cut as jieba cuts them before its HMM
    /// (numbers such as <c>17.36</c> and <c>15.54%</c> whole, Han characters one by one), rather than as jieba's
    /// <c>HMM=False</c> does (<c>17 / . / 36</c>). Without effect when there is an HMM.</summary>
    public bool KeepNumbersWhole { get; init; }

    /// <summary>Whether single characters of the route wait to be cut as a run (jieba's HMM path).</summary>
    private bool CutsUnknownRuns => Hmm is not null || KeepNumbersWhole;

    /// <inheritdoc/>
    public IEnumerable<Token> Segment(string text, SegmentationMode mode = SegmentationMode.Precise)
    {
        ArgumentNullException.ThrowIfNull(text);
        return mode switch
        {
            SegmentationMode.Precise => CutPrecise(text),
            SegmentationMode.Full => CutFull(text),
            SegmentationMode.Search => CutForSearch(text),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a segmentation mode."),
        };
    }

    private static bool IsWordCharacter(char c) => CharacterClasses.IsWordCharacter(c);

    /// <summary>The length of the next token outside word runs: <c>\r\n</c> together, a surrogate pair together
    /// (Python counts code points), anything else alone.</summary>
    private static int OtherTokenLength(string text, int position)
    {
        var c = text[position];
        if (position + 1 < text.Length)
        {
            var next = text[position + 1];
            if ((c == '\r' && next == '\n') || (char.IsHighSurrogate(c) && char.IsLowSurrogate(next)))
            {
                return 2;
            }
        }

        return 1;
    }

    // Fully optimized from the first call, as CutNext is (a method with a loop is not inlined into it).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordRunEnd(string text, int position)
    {
        var end = position;
        while (end < text.Length && IsWordCharacter(text[end]))
        {
            end++;
        }

        return end;
    }

    private IEnumerable<Token> CutPrecise(string text)
    {
        // Each run's tokens are gathered by a plain method, then streamed: the iterator only hands them out.
        var tokens = new List<Token>();
        var buffers = new RouteBuffers();
        try
        {
            var position = 0;
            while (position < text.Length)
            {
                tokens.Clear();
                position = CutNext(text, position, tokens, buffers);
                for (var i = 0; i < tokens.Count; i++)
                {
                    yield return tokens[i];
                }
            }
        }
        finally
        {
            buffers.Return();
        }
    }

    /// <summary>The tokens of the next run of word characters (or the next other character) at
    /// <paramref name="position"/>; returns where the next one starts.</summary>
    // Fully optimized from the first call: a short-lived process (the segment command) spends its time here before
    // tiered compilation would promote it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CutNext(string text, int position, List<Token> tokens, RouteBuffers buffers)
    {
        var runEnd = WordRunEnd(text, position);
        if (runEnd == position)
        {
            var length = OtherTokenLength(text, position);
            tokens.Add(MakeToken(text, position, position + length, node: 0));
            return position + length;
        }

        var runLength = runEnd - position;
        buffers.Ensure(runLength);
        var routeEnd = buffers.End;
        var routeNode = buffers.Node;
        Lexicon.Route(text.AsSpan(position, runLength), routeEnd, routeNode, buffers.Probability);
        var pending = -1;
        for (var x = 0; x < runLength;)
        {
            var y = routeEnd[x];
            var single = y - x == 1;
            if (single && (CutsUnknownRuns || CharacterClasses.IsAsciiLetterOrDigit(text[position + x])))
            {
                // jieba's __cut_DAG: single characters wait to be re-cut together (by the HMM, or with numbers kept
                // whole); its __cut_DAG_NO_HMM: only letters and digits wait, to be joined.
                if (pending < 0)
                {
                    pending = x;
                }
            }
            else
            {
                if (pending >= 0)
                {
                    FlushPending(text, position + pending, position + x, routeNode[pending], tokens);
                    pending = -1;
                }

                tokens.Add(MakeToken(text, position + x, position + y, routeNode[x]));
            }

            x = y;
        }

        if (pending >= 0)
        {
            FlushPending(text, position + pending, runEnd, routeNode[pending], tokens);
        }

        return runEnd;
    }

    /// <summary>The tokens of a run of characters the route left single.</summary>
    private void FlushPending(string text, int start, int end, long firstNode, List<Token> into)
    {
        if (end - start == 1)
        {
            into.Add(MakeToken(text, start, end, firstNode));
            return;
        }

        if (!CutsUnknownRuns)
        {
            // Letters and digits, joined.
            into.Add(MakeToken(text, start, end, Lexicon.Find(text.AsSpan(start, end - start))));
            return;
        }

        if (Lexicon.Frequency(text.AsSpan(start, end - start)) > 0)
        {
            // A word the route chose not to take whole stays in characters, as in jieba.
            for (var i = start; i < end; i++)
            {
                into.Add(MakeToken(text, i, i + 1, Lexicon.Root(text[i])));
            }

            return;
        }

        CutUnknown(text, start, end, into);
    }

    /// <summary>jieba's <c>finalseg.cut</c>: Han runs by the HMM, the rest as numbers (<c>12.5%</c>), words of letters
    /// and digits, and runs of other characters.</summary>
    private void CutUnknown(string text, int start, int end, List<Token> into)
    {
        var position = start;
        while (position < end)
        {
            var runEnd = position;
            if (CharacterClasses.IsHan(text[position]))
            {
                while (runEnd < end && CharacterClasses.IsHan(text[runEnd]))
                {
                    runEnd++;
                }

                CutWithHmm(text, position, runEnd, into);
            }
            else
            {
                runEnd = NumberOrWordEnd(text, position, end);
                if (runEnd == position)
                {
                    runEnd++;
                    while (runEnd < end && !CharacterClasses.IsHan(text[runEnd]) && !CharacterClasses.IsAsciiLetterOrDigit(text[runEnd]))
                    {
                        runEnd++;
                    }
                }

                into.Add(MakeToken(text, position, runEnd, node: 0));
            }

            position = runEnd;
        }
    }

    /// <summary>The end of <c>[a-zA-Z0-9]+(\.\d+)?%?</c> at <paramref name="position"/>, or
    /// <paramref name="position"/> when it does not match there.</summary>
    private static int NumberOrWordEnd(string text, int position, int end)
    {
        var at = position;
        while (at < end && CharacterClasses.IsAsciiLetterOrDigit(text[at]))
        {
            at++;
        }

        if (at == position)
        {
            return position;
        }

        if (at + 1 < end && text[at] == '.' && char.IsAsciiDigit(text[at + 1]))
        {
            at += 2;
            while (at < end && char.IsAsciiDigit(text[at]))
            {
                at++;
            }
        }

        if (at < end && text[at] == '%')
        {
            at++;
        }

        return at;
    }

    private void CutWithHmm(string text, int start, int end, List<Token> into)
    {
        var length = end - start;
        if (Hmm is null)
        {
            for (var i = start; i < end; i++)
            {
                into.Add(MakeToken(text, i, i + 1, Lexicon.Root(text[i])));
            }

            return;
        }

        var states = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Viterbi.Decode(Hmm!, text.AsSpan(start, length), states);
            var begin = 0;
            var next = 0;
            for (var i = 0; i < length; i++)
            {
                switch (states[i])
                {
                    case HmmState.Begin:
                        begin = i;
                        break;
                    case HmmState.End:
                        HmmWord(text, start + begin, start + i + 1, into);

                        next = i + 1;
                        break;
                    case HmmState.Single:
                        HmmWord(text, start + i, start + i + 1, into);

                        next = i + 1;
                        break;
                }
            }

            if (next < length)
            {
                HmmWord(text, start + next, end, into);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(states);
        }
    }

    /// <summary>A word the HMM found, or its characters when the user removed that word.</summary>
    private void HmmWord(string text, int start, int end, List<Token> into)
    {
        var span = text.AsSpan(start, end - start);
        if (Lexicon.IsForcedSplit(span))
        {
            for (var i = start; i < end; i++)
            {
                into.Add(MakeToken(text, i, i + 1, Lexicon.Root(text[i])));
            }
        }
        else
        {
            into.Add(MakeToken(text, start, end, Lexicon.Find(span)));
        }
    }

    private IEnumerable<Token> CutFull(string text)
    {
        var ends = new int[Lexicon.MaxWordLength + 1];
        var position = 0;
        while (position < text.Length)
        {
            var runEnd = WordRunEnd(text, position);
            if (runEnd == position)
            {
                while (runEnd < text.Length && !IsWordCharacter(text[runEnd]))
                {
                    runEnd++;
                }

                foreach (var token in CutFullOther(text, position, runEnd))
                {
                    yield return token;
                }

                position = runEnd;
                continue;
            }

            // jieba's __cut_all: every word of length > 1 at each start; a start covered by no longer word alone;
            // runs of ASCII letters and digits gathered into one token.
            var lastEnd = -1;
            var latinStart = -1;
            var latinEnd = -1;
            for (var k = position; k < runEnd; k++)
            {
                var count = Lexicon.WordEnds(text, k, runEnd, ends);
                if (latinStart >= 0 && !CharacterClasses.IsAsciiLetterOrDigit(text[k]))
                {
                    yield return MakeToken(text, latinStart, latinEnd, Lexicon.Find(text.AsSpan(latinStart, latinEnd - latinStart)));
                    latinStart = -1;
                }

                if (count == 1 && k > lastEnd)
                {
                    var wordEnd = ends[0];
                    if (CharacterClasses.IsAsciiLetterOrDigit(text[k]))
                    {
                        if (latinStart < 0)
                        {
                            latinStart = k;
                        }

                        latinEnd = wordEnd + 1;
                    }
                    else if (latinStart < 0)
                    {
                        yield return MakeToken(text, k, wordEnd + 1, Lexicon.Find(text.AsSpan(k, wordEnd + 1 - k)));
                    }

                    lastEnd = wordEnd;
                }
                else
                {
                    for (var i = 0; i < count; i++)
                    {
                        if (ends[i] > k)
                        {
                            yield return MakeToken(text, k, ends[i] + 1, Lexicon.Find(text.AsSpan(k, ends[i] + 1 - k)));
                            lastEnd = ends[i];
                        }
                    }
                }
            }

            if (latinStart >= 0)
            {
                yield return MakeToken(text, latinStart, latinEnd, Lexicon.Find(text.AsSpan(latinStart, latinEnd - latinStart)));
            }

            position = runEnd;
        }
    }

    /// <summary>Full mode outside word runs: jieba splits at white space keeping the separators and every piece,
    /// empty ones included, and does not cut the pieces further.</summary>
    private IEnumerable<Token> CutFullOther(string text, int start, int end)
    {
        var pieceStart = start;
        var i = start;
        while (i < end)
        {
            var separator = text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : CharacterClasses.IsWhiteSpace(text[i]) ? 1 : 0;
            if (separator == 0)
            {
                i++;
                continue;
            }

            yield return MakeToken(text, pieceStart, i, node: 0);
            yield return MakeToken(text, i, i + separator, node: 0);
            i += separator;
            pieceStart = i;
        }

        yield return MakeToken(text, pieceStart, end, node: 0);
    }

    private IEnumerable<Token> CutForSearch(string text)
    {
        foreach (var token in CutPrecise(text))
        {
            var start = token.Span.Start;
            var length = token.Span.Length;
            if (length > 2)
            {
                foreach (var gram in DictionaryGrams(text, start, length, 2))
                {
                    yield return gram;
                }
            }

            if (length > 3)
            {
                foreach (var gram in DictionaryGrams(text, start, length, 3))
                {
                    yield return gram;
                }
            }

            yield return token;
        }
    }

    private IEnumerable<Token> DictionaryGrams(string text, int start, int length, int size)
    {
        for (var i = 0; i + size <= length; i++)
        {
            var node = Lexicon.Find(text.AsSpan(start + i, size));
            if (node != 0 && Lexicon.FrequencyOf(node) > 0)
            {
                yield return MakeToken(text, start + i, start + i + size, node);
            }
        }
    }

    /// <summary>The token for <c>text[start..end)</c>; <paramref name="node"/> is its lexicon handle when known (0
    /// otherwise), whose string and tag are reused when it is a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Token MakeToken(string text, int start, int end, long node)
    {
        var span = new TextSpan(start, end - start);
        if (node != 0 && Lexicon.TryGetWord(node, text, start, end, out var word, out var tag))
        {
            return new Token(word, span, tag ?? TokenTagger.Guess(word));
        }

        var value = (end - start) switch
        {
            0 => string.Empty,
            1 => SingleCharacters[text[start]] ??= text[start].ToString(),
            _ => text.Substring(start, end - start),
        };
        return new Token(value, span, TokenTagger.Guess(value));
    }

    /// <summary>Pooled arrays for the route of one run, grown as runs require.</summary>
    private sealed class RouteBuffers
    {
        public int[] End { get; private set; } = [];

        public long[] Node { get; private set; } = [];

        public double[] Probability { get; private set; } = [];

        public void Ensure(int length)
        {
            if (Probability.Length <= length || End.Length < length)
            {
                Return();
                End = ArrayPool<int>.Shared.Rent(length);
                Node = ArrayPool<long>.Shared.Rent(length);
                Probability = ArrayPool<double>.Shared.Rent(length + 1);
            }
        }

        public void Return()
        {
            if (End.Length > 0)
            {
                ArrayPool<int>.Shared.Return(End);
                ArrayPool<long>.Shared.Return(Node);
                ArrayPool<double>.Shared.Return(Probability);
                End = [];
                Node = [];
                Probability = [];
            }
        }
    }
}
