using System.Buffers;
using Extract.Documents;

namespace Extract.Segmentation;

/// <summary>jieba's part-of-speech tagging (<c>jieba.posseg.cut</c>): the dictionary route of
/// <see cref="JiebaSegmenter"/>, each dictionary word tagged with its dictionary tag (<c>x</c> when it has none),
/// and runs the route leaves single re-cut and tagged by posseg's own HMM (<see cref="PartOfSpeechModel"/>), not by
/// finalseg's. Numbers are <c>m</c>, Latin words <c>eng</c>, everything else <c>x</c>, by posseg's rules. With
/// <see cref="Lexicon.Jieba"/> and <see cref="PartOfSpeechModel.Jieba"/> its tokens and tags are jieba 0.42.1's.</summary>
/// <remarks>Thread-safe; tokens are streamed. posseg cuts in precise mode only.</remarks>
public sealed class PartOfSpeechSegmenter : ISegmenter
{
    private static readonly string?[] SingleCharacters = new string?[char.MaxValue + 1];

    /// <summary>A tagger over <paramref name="lexicon"/> (jieba's when <see langword="null"/>); unknown runs are cut
    /// by <paramref name="model"/> (jieba's when <see langword="null"/>) when <paramref name="hmm"/> is set (jieba's
    /// <c>HMM=True</c>, the default), and joined or left single otherwise.</summary>
    public PartOfSpeechSegmenter(Lexicon? lexicon = null, PartOfSpeechModel? model = null, bool hmm = true)
    {
        Lexicon = lexicon ?? Lexicon.Jieba;
        Model = hmm ? model ?? PartOfSpeechModel.Jieba : null;
    }

    /// <summary>The words this tagger knows.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The model for unknown words; <see langword="null"/> without HMM.</summary>
    public PartOfSpeechModel? Model { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="mode"/> is not
    /// <see cref="SegmentationMode.Precise"/>.</exception>
    public IEnumerable<Token> Segment(string text, SegmentationMode mode = SegmentationMode.Precise)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mode != SegmentationMode.Precise)
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Part-of-speech tagging cuts in precise mode only, as jieba.posseg does.");
        }

        return Cut(text);
    }

    /// <summary>posseg's <c>re_han_internal</c>: Han, ASCII letters and digits, <c>+ # &amp; . _</c> (unlike jieba's
    /// tokenizer, not <c>%</c> or <c>-</c>).</summary>
    private static bool IsBlockCharacter(char c) =>
        CharacterClasses.IsHan(c) || CharacterClasses.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_';

    private static bool IsNumberCharacter(char c) => char.IsAsciiDigit(c) || c == '.';

    private IEnumerable<Token> Cut(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            if (!IsBlockCharacter(text[position]))
            {
                // Outside blocks every character is a token of its own (\r\n together), tagged x.
                var length = OtherTokenLength(text, position);
                yield return Make(text, position, position + length, PartOfSpeech.Unknown);
                position += length;
                continue;
            }

            var end = position;
            while (end < text.Length && IsBlockCharacter(text[end]))
            {
                end++;
            }

            foreach (var token in Model is null ? CutBlockWithoutHmm(text, position, end) : CutBlock(text, position, end))
            {
                yield return token;
            }

            position = end;
        }
    }

    private static int OtherTokenLength(string text, int position)
    {
        if (position + 1 < text.Length)
        {
            var c = text[position];
            var next = text[position + 1];
            if ((c == '\r' && next == '\n') || (char.IsHighSurrogate(c) && char.IsLowSurrogate(next)))
            {
                return 2;
            }
        }

        return 1;
    }

    /// <summary>posseg's <c>__cut_DAG</c>.</summary>
    private IEnumerable<Token> CutBlock(string text, int start, int end)
    {
        var length = end - start;
        var routeEnd = ArrayPool<int>.Shared.Rent(length);
        var routeHandle = ArrayPool<long>.Shared.Rent(length);
        var probability = ArrayPool<double>.Shared.Rent(length + 1);
        try
        {
            Lexicon.Route(text.AsSpan(start, length), routeEnd, routeHandle, probability);
            var pending = -1;
            for (var x = 0; x < length;)
            {
                var y = routeEnd[x];
                if (y - x == 1)
                {
                    if (pending < 0)
                    {
                        pending = x;
                    }
                }
                else
                {
                    if (pending >= 0)
                    {
                        foreach (var token in Flush(text, start + pending, start + x))
                        {
                            yield return token;
                        }

                        pending = -1;
                    }

                    yield return Word(text, start + x, start + y, routeHandle[x]);
                }

                x = y;
            }

            if (pending >= 0)
            {
                foreach (var token in Flush(text, start + pending, end))
                {
                    yield return token;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(routeEnd);
            ArrayPool<long>.Shared.Return(routeHandle);
            ArrayPool<double>.Shared.Return(probability);
        }
    }

    /// <summary>The characters the route left single, from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private IEnumerable<Token> Flush(string text, int start, int end)
    {
        if (end - start == 1)
        {
            yield return Word(text, start, end, Lexicon.Root(text[start]));
        }
        else if (Lexicon.Frequency(text.AsSpan(start, end - start)) <= 0)
        {
            foreach (var token in CutDetail(text, start, end))
            {
                yield return token;
            }
        }
        else
        {
            // A word the route chose not to take whole stays in characters, as in jieba.
            for (var i = start; i < end; i++)
            {
                yield return Word(text, i, i + 1, Lexicon.Root(text[i]));
            }
        }
    }

    /// <summary>posseg's <c>__cut_detail</c>: Han runs by the HMM; among the rest, runs of digits and points are
    /// <c>m</c>, runs of letters and digits <c>eng</c>, and anything else <c>x</c>.</summary>
    private IEnumerable<Token> CutDetail(string text, int start, int end)
    {
        var position = start;
        while (position < end)
        {
            var c = text[position];
            var runEnd = position + 1;
            if (CharacterClasses.IsHan(c))
            {
                while (runEnd < end && CharacterClasses.IsHan(text[runEnd]))
                {
                    runEnd++;
                }

                foreach (var token in CutWithHmm(text, position, runEnd))
                {
                    yield return token;
                }

                position = runEnd;
                continue;
            }

            PartOfSpeech tag;
            if (IsNumberCharacter(c))
            {
                while (runEnd < end && IsNumberCharacter(text[runEnd]))
                {
                    runEnd++;
                }

                tag = PartOfSpeech.Numeral;
            }
            else if (CharacterClasses.IsAsciiLetterOrDigit(c))
            {
                while (runEnd < end && CharacterClasses.IsAsciiLetterOrDigit(text[runEnd]))
                {
                    runEnd++;
                }

                tag = PartOfSpeech.Latin;
            }
            else
            {
                while (runEnd < end && !CharacterClasses.IsHan(text[runEnd]) && !IsNumberCharacter(text[runEnd]) && !CharacterClasses.IsAsciiLetterOrDigit(text[runEnd]))
                {
                    runEnd++;
                }

                tag = PartOfSpeech.Unknown;
            }

            yield return Make(text, position, runEnd, tag);
            position = runEnd;
        }
    }

    /// <summary>posseg's <c>__cut</c>: a run of Han characters cut and tagged by the HMM.</summary>
    private IEnumerable<Token> CutWithHmm(string text, int start, int end)
    {
        var length = end - start;
        var states = ArrayPool<int>.Shared.Rent(length);
        try
        {
            PosViterbi.Decode(Model!, text.AsSpan(start, length), states);
            var positions = Model!.Positions;
            var tags = Model.Tags;
            var begin = 0;
            var next = 0;
            for (var i = 0; i < length; i++)
            {
                switch (positions[states[i]])
                {
                    case 'B':
                        begin = i;
                        break;
                    case 'E':
                        yield return Make(text, start + begin, start + i + 1, tags[states[i]]);
                        next = i + 1;
                        break;
                    case 'S':
                        yield return Make(text, start + i, start + i + 1, tags[states[i]]);
                        next = i + 1;
                        break;
                }
            }

            if (next < length)
            {
                yield return Make(text, start + next, end, tags[states[next]]);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(states);
        }
    }

    /// <summary>posseg's <c>__cut_DAG_NO_HMM</c>: route words with their tags, single ASCII letters and digits joined
    /// into one <c>eng</c> token.</summary>
    private IEnumerable<Token> CutBlockWithoutHmm(string text, int start, int end)
    {
        var length = end - start;
        var routeEnd = ArrayPool<int>.Shared.Rent(length);
        var routeHandle = ArrayPool<long>.Shared.Rent(length);
        var probability = ArrayPool<double>.Shared.Rent(length + 1);
        try
        {
            Lexicon.Route(text.AsSpan(start, length), routeEnd, routeHandle, probability);
            var latin = -1;
            for (var x = 0; x < length;)
            {
                var y = routeEnd[x];
                if (y - x == 1 && CharacterClasses.IsAsciiLetterOrDigit(text[start + x]))
                {
                    if (latin < 0)
                    {
                        latin = x;
                    }
                }
                else
                {
                    if (latin >= 0)
                    {
                        yield return Make(text, start + latin, start + x, PartOfSpeech.Latin);
                        latin = -1;
                    }

                    yield return Word(text, start + x, start + y, routeHandle[x]);
                }

                x = y;
            }

            if (latin >= 0)
            {
                yield return Make(text, start + latin, end, PartOfSpeech.Latin);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(routeEnd);
            ArrayPool<long>.Shared.Return(routeHandle);
            ArrayPool<double>.Shared.Return(probability);
        }
    }

    /// <summary>A token tagged from the dictionary (jieba's <c>word_tag_tab.get(word, 'x')</c>).</summary>
    private Token Word(string text, int start, int end, long handle)
    {
        if (handle != 0 && Lexicon.TryGetWord(handle, text, start, end, out var word, out var tag))
        {
            return new Token(word, new TextSpan(start, end - start), tag ?? PartOfSpeech.Unknown);
        }

        return Make(text, start, end, (handle == 0 ? null : Lexicon.TagOf(handle)) ?? PartOfSpeech.Unknown);
    }

    private static Token Make(string text, int start, int end, PartOfSpeech tag)
    {
        var value = end - start == 1 ? SingleCharacters[text[start]] ??= text[start].ToString() : text.Substring(start, end - start);
        return new Token(value, new TextSpan(start, end - start), tag);
    }
}
