using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace Extract.Segmentation;

/// <summary>The words a segmenter knows, with their frequencies and parts of speech: jieba's <c>dict.txt</c> format,
/// one <c>word freq [tag]</c> per line. The total frequency and the log-probabilities are computed exactly as jieba
/// computes them (the total counts every line, duplicates included; a word keeps the values of its last line).</summary>
/// <remarks>Two lexicons ship with the library, both loaded on first use and immutable: <see cref="Jieba"/> (jieba's
/// own dictionary) and <see cref="Default"/> (a domain lexicon). <see cref="CreateLayer"/> puts a changeable lexicon
/// on top of either, for user dictionaries, without copying it. Reading is thread-safe and lock-free; changes
/// (<see cref="AddWord"/>, <see cref="RemoveWord"/>, <see cref="LoadUserDictionary"/>) are serialized and may run
/// while other threads segment, which then see each change either entirely or not yet.</remarks>
public sealed class Lexicon
{
    /// <summary>Longest word accepted, in UTF-16 characters: it bounds the work per character (jieba's longest is 16).</summary>
    public const int MaxWordLength = 64;

    /// <summary>Largest dictionary file read.</summary>
    internal const long MaxFileBytes = 256L * 1024 * 1024;

    private const string DefaultResourceName = "Extract.Segmentation.DefaultLexicon.txt";

    /// <summary>The embedded table of jieba's dictionary.</summary>
    internal const string JiebaResourceName = "Extract.Segmentation.jieba.dict.br";

    private static readonly Lazy<Lexicon> SharedDefault = new(LoadDefaultResource, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Lexicon> SharedJieba = new(
        () => new Lexicon("jieba 0.42.1 dictionary", FrozenTrie.LoadEmbedded(JiebaResourceName)),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Lexicon> SharedJiebaWithDomain = new(() => LoadJiebaWithDomainWords(readOnly: true), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly object _writeLock = new();
    private readonly Dictionary<string, ushort> _tagIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, ushort> _shortTagIndex = [];

    // Words the user removed: the HMM may not propose them either. Added to in place (never copied), read lock-free;
    // the count lets readers skip the lookup while there are none.
    private readonly ConcurrentDictionary<string, byte> _forcedSplits = new(StringComparer.Ordinal);
    private readonly FrozenTrie? _base;
    private PartOfSpeech?[] _tags = [null];
    private int _forcedSplitCount;
    private long _totalFrequency;
    private double _logTotal;
    private int _wordCount;

    private Lexicon(string sourceName, int expectedNodes)
    {
        SourceName = sourceName;
        Trie = new WordTrie(expectedNodes);
    }

    /// <summary>A read-only lexicon over an immutable trie.</summary>
    private Lexicon(string sourceName, FrozenTrie frozen)
        : this(sourceName, 0)
    {
        _base = frozen;
        IsReadOnly = true;
        _tags = frozen.Tags;
        _totalFrequency = frozen.TotalFrequency;
        _wordCount = frozen.WordCount;
        PublishTotal();
    }

    /// <summary>A layer over the read-only <paramref name="under"/>, sharing its trie; read-only layers are filled
    /// here, before they are published.</summary>
    private Lexicon(string sourceName, Lexicon under, bool readOnly = false)
        : this(sourceName, 0)
    {
        _base = under._base;
        IsReadOnly = readOnly;
        Base = under;
        _tags = under._tags;
        for (ushort i = 1; i < _tags.Length; i++)
        {
            RegisterTag(_tags[i]!, i);
        }

        _totalFrequency = under.TotalFrequency;
        _wordCount = under.WordCount;
        PublishTotal();
    }

    /// <summary>The lexicon written for this library (intellectual property and government statistics, function
    /// words, numerals, classifiers), loaded on first use. It is shared and read-only: <see cref="LoadDefault"/> gives a
    /// layer over it that you can add words to.</summary>
    public static Lexicon Default => SharedDefault.Value;

    /// <summary>jieba 0.42.1's dictionary (349,046 lines, 349,045 words, 55 tags), embedded in the library in a
    /// compact precompiled form and loaded on first use, in milliseconds. It is shared and read-only: use
    /// <see cref="CreateLayer"/> to add words (a user dictionary) on top of it without copying it.</summary>
    public static Lexicon Jieba => SharedJieba.Value;

    /// <summary>jieba's dictionary with the words of <see cref="Default"/> added on top as a user dictionary (each
    /// line an <see cref="AddWord"/> with its frequency and tag): the pipeline's lexicon. Shared and read-only, loaded
    /// on first use; <see cref="LoadJiebaWithDomainWords()"/> gives a changeable copy.</summary>
    public static Lexicon JiebaWithDomainWords => SharedJiebaWithDomain.Value;

    /// <summary>Where the words came from (a path, or a name).</summary>
    public string SourceName { get; }

    /// <summary>Whether changes are refused (true of <see cref="Default"/> and <see cref="Jieba"/>).</summary>
    public bool IsReadOnly { get; }

    /// <summary>The read-only lexicon this one is a layer over, if any: its words count unless this lexicon adds,
    /// changes or removes them.</summary>
    public Lexicon? Base { get; }

    /// <summary>The sum of the frequencies of every line read and every word added (jieba's <c>total</c>), those of the
    /// base included.</summary>
    public long TotalFrequency => Volatile.Read(ref _totalFrequency);

    /// <summary>Number of distinct words with a positive frequency, those of the base included.</summary>
    public int WordCount => Volatile.Read(ref _wordCount);

    /// <summary>This lexicon's own words (empty for a read-only lexicon, whose words are in the frozen base).</summary>
    internal WordTrie Trie { get; }

    /// <summary>The immutable trie below <see cref="Trie"/>, if any.</summary>
    internal FrozenTrie? Frozen => _base;

    /// <summary>Number of trie nodes, the base's and this lexicon's own.</summary>
    internal int NodeCount => (_base?.NodeCount ?? 0) + Trie.NodeCount;

    /// <summary><c>ln(TotalFrequency)</c>, which every log-probability subtracts.</summary>
    internal double LogTotal => Volatile.Read(ref _logTotal);

    /// <summary>Reads a dictionary file in jieba's format (UTF-8, <c>word freq [tag]</c> per line; blank lines are
    /// skipped).</summary>
    /// <exception cref="DataFileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="DictionaryFormatException">When a line cannot be read; the error names the line.</exception>
    public static Lexicon Load(string path)
    {
        var text = ReadFile(path);
        var lexicon = new Lexicon(path, EstimateNodes(text.Length));
        lexicon.AddLines(text, frequencyRequired: true, allowComments: false);
        return lexicon;
    }

    /// <summary>Builds a lexicon from lines in jieba's format (<c>word freq [tag]</c>).</summary>
    /// <exception cref="DictionaryFormatException">When a line cannot be read; the error names
    /// <paramref name="sourceName"/> and the line.</exception>
    public static Lexicon FromLines(IEnumerable<string> lines, string sourceName = "lexicon")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var lexicon = new Lexicon(sourceName, 0);
        var number = 0;
        foreach (var line in lines)
        {
            lexicon.AddLine(line, ++number, frequencyRequired: true, allowComments: false);
        }

        lexicon.PublishTotal();
        return lexicon;
    }

    /// <summary>A new, changeable lexicon with the words of <see cref="Default"/>: a layer over it.</summary>
    public static Lexicon LoadDefault() => Default.CreateLayer(Default.SourceName);

    /// <summary>A new, changeable lexicon with the words of <see cref="JiebaWithDomainWords"/>: a layer over
    /// <see cref="Jieba"/>.</summary>
    public static Lexicon LoadJiebaWithDomainWords() => LoadJiebaWithDomainWords(readOnly: false);

    /// <summary>A new, changeable lexicon over this read-only one: it starts with this lexicon's words, frequencies,
    /// tags and total, and words added, changed or removed in it (<see cref="AddWord"/>,
    /// <see cref="LoadUserDictionary"/>) hide this lexicon's without changing or copying them. Any number of layers
    /// may share one base.</summary>
    /// <param name="sourceName">A name for the layer; by default this lexicon's with <c>+ user words</c>.</param>
    /// <exception cref="InvalidOperationException">When this lexicon is not <see cref="Jieba"/> or <see cref="Default"/>
    /// (a changeable lexicon could change under its layers; layers do not stack).</exception>
    public Lexicon CreateLayer(string? sourceName = null)
    {
        if (!IsReadOnly || Base is not null)
        {
            throw new InvalidOperationException("Only Lexicon.Jieba and Lexicon.Default can be layered upon; add words to this lexicon directly.");
        }

        return new Lexicon(sourceName ?? SourceName + " + user words", this);
    }

    /// <summary>Whether <paramref name="word"/> is a word (frequency above 0).</summary>
    public bool Contains(string word) => Frequency(word) > 0;

    /// <summary>The frequency of <paramref name="word"/>: 0 when it is not a word.</summary>
    public int Frequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Frequency(word.AsSpan());
    }

    /// <summary>The part of speech the dictionary gives <paramref name="word"/>, if any.</summary>
    public PartOfSpeech? TagOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return TagOf(Find(word));
    }

    /// <summary>Adds <paramref name="word"/> (or changes it), as jieba's <c>add_word</c>: the frequency is added to
    /// the total; without a frequency, the one <see cref="SuggestFrequency(string, bool)"/> gives, so that the word
    /// is kept whole. A frequency of 0 removes the word.</summary>
    /// <returns>The frequency the word now has.</returns>
    /// <exception cref="ArgumentException">When the word is empty, too long, or holds white space.</exception>
    /// <exception cref="InvalidOperationException">When the lexicon is read-only.</exception>
    public int AddWord(string word, int? frequency = null, PartOfSpeech? tag = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        ValidateWord(word);
        ThrowIfReadOnly();
        if (frequency is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "A frequency is 0 or more.");
        }

        lock (_writeLock)
        {
            var value = frequency ?? SuggestFrequency(word);
            SetWord(word, value, tag is null ? (ushort)0 : TagIndex(tag.Code), keepTag: tag is null, isRemoval: value == 0);
            PublishTotal();
            return value;
        }
    }

    /// <summary>Removes <paramref name="word"/> (jieba's <c>del_word</c>: its frequency becomes 0, and the HMM may no
    /// longer propose it either).</summary>
    public void RemoveWord(string word) => AddWord(word, 0);

    /// <summary>The frequency that keeps <paramref name="word"/> together (jieba's <c>suggest_freq(word)</c>): just
    /// above the probability of its best cut without the HMM, and not below its current frequency.</summary>
    /// <param name="word">The word to keep whole.</param>
    /// <param name="apply">Whether to give the word that frequency (<see cref="AddWord"/>).</param>
    public int SuggestFrequency(string word, bool apply = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        lock (_writeLock)
        {
            var total = (double)TotalFrequency;
            var probability = 1.0;
            foreach (var token in new JiebaSegmenter(this).Segment(word))
            {
                probability *= FrequencyOrOne(token.Text) / total;
            }

            var current = Find(word);
            var suggested = Math.Max(Truncate(probability * TotalFrequency) + 1, current == 0 ? 1 : FrequencyOf(current));
            if (apply)
            {
                AddWord(word, suggested);
            }

            return suggested;
        }
    }

    /// <summary>The frequency that makes the segmenter cut the concatenation of <paramref name="segments"/> into
    /// them (jieba's <c>suggest_freq(tuple)</c>): at most the probability of that cut, and not above the current
    /// frequency.</summary>
    /// <param name="segments">The words the text should be cut into.</param>
    /// <param name="apply">Whether to give the concatenation that frequency.</param>
    public int SuggestFrequency(IReadOnlyList<string> segments, bool apply = false)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var word = string.Concat(segments);
        ValidateWord(word);
        lock (_writeLock)
        {
            var total = (double)TotalFrequency;
            var probability = 1.0;
            foreach (var segment in segments)
            {
                probability *= FrequencyOrOne(segment) / total;
            }

            var suggested = Math.Min(Truncate(probability * TotalFrequency), Frequency(word));
            if (apply)
            {
                AddWord(word, suggested);
            }

            return suggested;
        }
    }

    /// <summary>Adds the words of a user dictionary: UTF-8, one <c>word [freq] [tag]</c> per line, blank lines
    /// skipped; a word without a frequency gets the suggested one.</summary>
    /// <exception cref="DataFileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="DictionaryFormatException">When a line cannot be read (e.g. a bad frequency); the words of
    /// the lines before it have been added.</exception>
    public void LoadUserDictionary(string path)
    {
        ThrowIfReadOnly();
        var text = ReadFile(path);
        lock (_writeLock)
        {
            var number = 0;
            foreach (var line in new LineSplitter(text))
            {
                number++;
                var trimmed = Trim(line, number == 1);
                if (trimmed.IsEmpty)
                {
                    continue;
                }

                var problem = DictionaryLine.TryParse(trimmed, frequencyRequired: false, out var entry);
                if (problem is not null)
                {
                    throw new DictionaryFormatException(path, number, problem);
                }

                var word = entry.Word.ToString();
                var frequency = entry.Frequency ?? SuggestFrequency(word);
                SetWord(word, frequency, entry.Tag.IsEmpty ? (ushort)0 : TagIndex(entry.Tag), keepTag: entry.Tag.IsEmpty, isRemoval: frequency == 0);
                PublishTotal();
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{SourceName}: {WordCount:N0} words, total frequency {TotalFrequency:N0}";

    // A word is looked up in both layers at once; a handle packs the node of each (0 where the layer has none).
    // Where this lexicon's own node is defined, its entry counts; otherwise the base's.

    /// <summary>The handle of the one-character string <paramref name="c"/>, 0 when it is no prefix of a word.</summary>
    internal long Root(char c)
    {
        var own = Trie.NodeCount > 1 ? Trie.Child(0, c) : 0;
        var frozen = _base is null ? 0 : _base.RootChild(c);
        return Handle(frozen, own);
    }

    /// <summary>The handle of the string of <paramref name="handle"/> followed by <paramref name="c"/>, 0 when that is
    /// no prefix of a word.</summary>
    internal long Next(long handle, char c)
    {
        var own = (int)(handle >> 32);
        var frozen = (int)handle;
        return Handle(frozen == 0 ? 0 : _base!.Child(frozen, c), own == 0 ? 0 : Trie.Child(own, c));
    }

    /// <summary>The handle of <paramref name="word"/>: 0 when it is no prefix of a word (or is empty).</summary>
    internal long Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var handle = Root(word[0]);
        for (var i = 1; i < word.Length && handle != 0; i++)
        {
            handle = Next(handle, word[i]);
        }

        return handle;
    }

    /// <summary>jieba's <c>FREQ[word]</c> for a handle (0 for a prefix that is no word, or no handle).</summary>
    internal int FrequencyOf(long handle)
    {
        var own = (int)(handle >> 32);
        if (own != 0)
        {
            var nodes = Trie.Nodes;
            if (Volatile.Read(ref nodes.Defined[own]))
            {
                return nodes.Frequency[own];
            }
        }

        var frozen = (int)handle;
        return frozen == 0 ? 0 : _base!.Frequency[frozen];
    }

    /// <summary>The tag of the entry of a handle, whatever its frequency (jieba's <c>word_tag_tab</c>).</summary>
    internal PartOfSpeech? TagOf(long handle)
    {
        var own = (int)(handle >> 32);
        var tags = Volatile.Read(ref _tags);
        if (own != 0)
        {
            var nodes = Trie.Nodes;
            if (Volatile.Read(ref nodes.Defined[own]))
            {
                var index = nodes.Tag[own];
                return index < tags.Length ? tags[index] : null;
            }
        }

        var frozen = (int)handle;
        return frozen == 0 ? null : tags[_base!.Tag[frozen]];
    }

    /// <summary>When the handle is a word (frequency above 0): its string, cached so that every token of it shares
    /// one (made from <c>text[start..end)</c> the first time), and its tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryGetWord(long handle, string text, int start, int end, out string word, out PartOfSpeech? tag)
    {
        var own = (int)(handle >> 32);
        var tags = Volatile.Read(ref _tags);
        if (own != 0)
        {
            var nodes = Trie.Nodes;
            if (Volatile.Read(ref nodes.Defined[own]))
            {
                if (nodes.Frequency[own] <= 0)
                {
                    word = string.Empty;
                    tag = null;
                    return false;
                }

                word = nodes.Text[own] ??= text.Substring(start, end - start);
                var index = nodes.Tag[own];
                tag = index < tags.Length ? tags[index] : null;
                return true;
            }
        }

        var frozen = (int)handle;
        if (frozen == 0 || _base!.Frequency[frozen] <= 0)
        {
            word = string.Empty;
            tag = null;
            return false;
        }

        word = _base.Text[frozen] ??= text.Substring(start, end - start);
        tag = tags[_base.Tag[frozen]];
        return true;
    }

    /// <summary>jieba's <c>FREQ.get(word, 0)</c>.</summary>
    internal int Frequency(ReadOnlySpan<char> word) => FrequencyOf(Find(word));

    /// <summary>Whether <paramref name="word"/> was removed by the user (the HMM must cut it into characters).</summary>
    internal bool IsForcedSplit(ReadOnlySpan<char> word) =>
        Volatile.Read(ref _forcedSplitCount) > 0 && _forcedSplits.ContainsKey(word.ToString());

    /// <summary>Computes, from the right, the best route through the words of <paramref name="block"/>: for each
    /// start the end of the chosen word and its handle (jieba's <c>calc</c> over <c>get_DAG</c>, with its
    /// tie-breaking: among equally probable words the longest wins).</summary>
    // Fully optimized from the first call: a short-lived process (the segment command) spends its time here before
    // tiered compilation would promote it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Route(ReadOnlySpan<char> block, Span<int> routeEnd, Span<long> routeHandle, Span<double> probability)
    {
        var frozen = _base;
        var own = Trie;
        var ownActive = own.NodeCount > 1;
        var nodes = own.Nodes;
        var logTotal = LogTotal;
        var length = block.Length;
        probability[length] = 0;
        for (var start = length - 1; start >= 0; start--)
        {
            var best = double.NegativeInfinity;
            var bestEnd = start + 1;
            var c = block[start];
            var b = frozen is null ? 0 : frozen.RootChild(c);
            var o = ownActive ? own.Child(0, c) : 0;
            var bestHandle = Handle(b, o);
            var end = start;
            while ((b | o) != 0)
            {
                int frequency;
                double logFrequency;
                if (o != 0 && (uint)o >= (uint)nodes.Frequency.Length)
                {
                    nodes = own.Nodes;
                }

                if (o != 0 && Volatile.Read(ref nodes.Defined[o]))
                {
                    frequency = nodes.Frequency[o];
                    logFrequency = nodes.LogFrequency[o];
                }
                else if (b != 0)
                {
                    frequency = frozen!.Frequency[b];
                    logFrequency = frozen.LogFrequency[b];
                }
                else
                {
                    frequency = 0;
                    logFrequency = 0;
                }

                if (frequency > 0)
                {
                    var candidate = (logFrequency - logTotal) + probability[end + 1];
                    if (candidate >= best)
                    {
                        best = candidate;
                        bestEnd = end + 1;
                        bestHandle = Handle(b, o);
                    }
                }

                if (++end == length)
                {
                    break;
                }

                c = block[end];
                if (b != 0)
                {
                    b = frozen!.Child(b, c);
                }

                if (o != 0)
                {
                    o = own.Child(o, c);
                }
            }

            if (double.IsNegativeInfinity(best))
            {
                // No word starts here: the character alone, with jieba's frequency 1 (log 1 = 0).
                best = -logTotal + probability[start + 1];
            }

            probability[start] = best;
            routeEnd[start] = bestEnd;
            routeHandle[start] = bestHandle;
        }
    }

    /// <summary>jieba's <c>DAG[k]</c>: the inclusive ends of the words of <paramref name="text"/> starting at
    /// <paramref name="start"/> and ending before <paramref name="runEnd"/>, or just <paramref name="start"/> when there
    /// is none; returns how many.</summary>
    internal int WordEnds(string text, int start, int runEnd, int[] ends)
    {
        var count = 0;
        var handle = Root(text[start]);
        for (var end = start; handle != 0;)
        {
            if (FrequencyOf(handle) > 0)
            {
                ends[count++] = end;
            }

            if (++end == runEnd)
            {
                break;
            }

            handle = Next(handle, text[end]);
        }

        if (count == 0)
        {
            ends[count++] = start;
        }

        return count;
    }

    private static Lexicon LoadJiebaWithDomainWords(bool readOnly)
    {
        var layer = new Lexicon("jieba 0.42.1 dictionary + default lexicon", Jieba, readOnly);
        layer.AddLines(ReadResource(DefaultResourceName), frequencyRequired: true, allowComments: true);
        return layer;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }

    private static long Handle(int frozen, int own) => ((long)own << 32) | (uint)frozen;

    private static Lexicon LoadDefaultResource()
    {
        var text = ReadResource(DefaultResourceName);

        // Read into a changeable lexicon (one parser for every format rule), then frozen like jieba's.
        var scratch = new Lexicon("default lexicon", EstimateNodes(text.Length));
        scratch.AddLines(text, frequencyRequired: true, allowComments: true);
        var words = new Dictionary<string, (int Frequency, ushort Tag)>(StringComparer.Ordinal);
        var nodes = scratch.Trie.Nodes;
        var number = 0;
        foreach (var line in new LineSplitter(text))
        {
            var trimmed = Trim(line, ++number == 1);
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            // Already checked by AddLines above.
            _ = DictionaryLine.TryParse(trimmed, frequencyRequired: true, out var entry);
            var node = scratch.Trie.Find(entry.Word);
            words[entry.Word.ToString()] = (nodes.Frequency[node], nodes.Tag[node]);
        }

        return new Lexicon("default lexicon", FrozenTrie.Build(words, scratch._tags, scratch.TotalFrequency));
    }

    private static string ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new DataFileNotFoundException(path, "dictionary file");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new DocumentTooLargeException(path, file.Length, MaxFileBytes);
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DictionaryFormatException(path, FirstBadLine(bytes), "the line is not valid UTF-8");
        }
    }

    private static int FirstBadLine(byte[] bytes)
    {
        var strict = new UTF8Encoding(false, true);
        var line = 1;
        var start = 0;
        while (start <= bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var length = (end < 0 ? bytes.Length : end) - start;
            try
            {
                strict.GetCharCount(bytes, start, length);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return line;
    }

    // jieba's dictionary has about 1.4 trie nodes and 8.7 UTF-16 characters per line. A tenth of the characters
    // (half the nodes) sizes the edge table, which is kept under half full, for all of them without rehashing; the
    // node arrays grow once.
    private static int EstimateNodes(int characters) => (int)Math.Min(characters / 10L, 1 << 26);

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> line, bool first)
    {
        if (first && line.Length > 0 && line[0] == '\uFEFF')
        {
            line = line[1..];
        }

        var start = 0;
        var end = line.Length;
        while (start < end && CharacterClasses.IsWhiteSpace(line[start]))
        {
            start++;
        }

        while (end > start && CharacterClasses.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        return line[start..end];
    }

    private static int Truncate(double value) => value >= int.MaxValue ? int.MaxValue : (int)value;

    private static void ValidateWord(string word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            throw new ArgumentException($"A word is 1 to {MaxWordLength} characters long.", nameof(word));
        }

        foreach (var c in word)
        {
            if (CharacterClasses.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException("A word holds no white space and no control character.", nameof(word));
            }
        }
    }

    private void AddLines(ReadOnlySpan<char> text, bool frequencyRequired, bool allowComments)
    {
        var number = 0;
        foreach (var line in new LineSplitter(text))
        {
            AddLine(line, ++number, frequencyRequired, allowComments);
        }

        PublishTotal();
    }

    private void AddLine(ReadOnlySpan<char> line, int number, bool frequencyRequired, bool allowComments)
    {
        var trimmed = Trim(line, number == 1);
        if (trimmed.IsEmpty || (allowComments && trimmed[0] == '#'))
        {
            return;
        }

        var problem = DictionaryLine.TryParse(trimmed, frequencyRequired, out var entry);
        if (problem is not null)
        {
            throw new DictionaryFormatException(SourceName, number, problem);
        }

        // A frequency of 0 in a dictionary file makes a prefix, not a removal: jieba marks only words removed at run
        // time for forced splitting.
        SetWord(entry.Word, entry.Frequency ?? 0, entry.Tag.IsEmpty ? (ushort)0 : TagIndex(entry.Tag), keepTag: false, isRemoval: false);
    }

    /// <summary>Writer only: jieba's <c>FREQ[word] = freq; total += freq</c> (the total is published separately). Over
    /// a base, the word's entry moves into this lexicon's own trie; the base is not touched.</summary>
    private void SetWord(ReadOnlySpan<char> word, int frequency, ushort tag, bool keepTag, bool isRemoval)
    {
        var before = Find(word);
        var was = FrequencyOf(before);
        var keptTag = keepTag ? TagIndexOf(before) : tag;
        var node = Trie.GetOrAdd(word);
        Trie.SetWord(node, frequency, keptTag);
        _totalFrequency += frequency;
        _wordCount += (was > 0 ? -1 : 0) + (frequency > 0 ? 1 : 0);
        if (isRemoval && _forcedSplits.TryAdd(word.ToString(), 0))
        {
            Volatile.Write(ref _forcedSplitCount, _forcedSplitCount + 1);
        }
    }

    /// <summary>The index of the tag of a handle's entry in this lexicon's table (which starts with the base's).</summary>
    private ushort TagIndexOf(long handle)
    {
        var own = (int)(handle >> 32);
        if (own != 0)
        {
            var nodes = Trie.Nodes;
            if (nodes.Defined[own])
            {
                return nodes.Tag[own];
            }
        }

        var frozen = (int)handle;
        return frozen == 0 ? (ushort)0 : _base!.Tag[frozen];
    }

    private void PublishTotal()
    {
        Volatile.Write(ref _logTotal, Math.Log(_totalFrequency));
        Volatile.Write(ref _totalFrequency, _totalFrequency);
        Volatile.Write(ref _wordCount, _wordCount);
    }

    private double FrequencyOrOne(string word)
    {
        // jieba's FREQ.get(word, 1): a prefix that is no word counts 0, a string that is no prefix counts 1.
        var handle = Find(word);
        return handle == 0 ? 1 : FrequencyOf(handle);
    }

    private ushort TagIndex(ReadOnlySpan<char> code)
    {
        // Codes of up to four characters (all of jieba's) are looked up without making a string.
        var packed = 0UL;
        if (code.Length <= 4)
        {
            foreach (var c in code)
            {
                packed = (packed << 16) | c;
            }

            if (_shortTagIndex.TryGetValue(packed, out var known))
            {
                return known;
            }
        }

        var text = code.ToString();
        if (_tagIndex.TryGetValue(text, out var index))
        {
            return index;
        }

        var tag = PartOfSpeech.Of(text);
        index = checked((ushort)_tags.Length);
        RegisterTag(tag, index);
        Volatile.Write(ref _tags, [.. _tags, tag]);
        return index;
    }

    private void RegisterTag(PartOfSpeech tag, ushort index)
    {
        _tagIndex.Add(tag.Code, index);
        if (tag.Code.Length <= 4)
        {
            var packed = 0UL;
            foreach (var c in tag.Code)
            {
                packed = (packed << 16) | c;
            }

            _shortTagIndex.Add(packed, index);
        }
    }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The lexicon \"{SourceName}\" is shared and read-only; use CreateLayer() (or Lexicon.LoadDefault()) for one that can change.");
        }
    }
}
