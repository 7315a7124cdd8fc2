using System.Text;

namespace Extract.Segmentation;

/// <summary>The words a segmenter knows, with their frequencies and parts of speech: jieba's <c>dict.txt</c> format,
/// one <c>word freq [tag]</c> per line. The total frequency and the log-probabilities are computed exactly as jieba
/// computes them (the total counts every line, duplicates included; a word keeps the values of its last line).</summary>
/// <remarks>Reading is thread-safe and lock-free; changes (<see cref="AddWord"/>, <see cref="RemoveWord"/>,
/// <see cref="LoadUserDictionary"/>) are serialized and may run while other threads segment, which then see each
/// change either entirely or not yet.</remarks>
public sealed class Lexicon
{
    /// <summary>Longest word accepted, in UTF-16 characters: it bounds the work per character (jieba's longest is 16).</summary>
    public const int MaxWordLength = 64;

    /// <summary>Largest dictionary file read.</summary>
    internal const long MaxFileBytes = 256L * 1024 * 1024;

    private const string DefaultResourceName = "Extract.Segmentation.DefaultLexicon.txt";

    private static readonly Lazy<Lexicon> SharedDefault = new(() => LoadDefaultResource(readOnly: true), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly object _writeLock = new();
    private readonly Dictionary<string, ushort> _tagIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, ushort> _shortTagIndex = [];
    private PartOfSpeech?[] _tags = [null];
    private HashSet<string> _forcedSplits = new(StringComparer.Ordinal);
    private long _totalFrequency;
    private double _logTotal;
    private int _wordCount;

    private Lexicon(string sourceName, int expectedNodes, bool readOnly)
    {
        SourceName = sourceName;
        Trie = new WordTrie(expectedNodes);
        IsReadOnly = readOnly;
    }

    /// <summary>The lexicon written for this library (intellectual property and government statistics, function
    /// words, numerals, classifiers), loaded on first use. It is shared and read-only: use
    /// <see cref="LoadDefault"/> for a copy you can add words to.</summary>
    public static Lexicon Default => SharedDefault.Value;

    /// <summary>Where the words came from (a path, or a name).</summary>
    public string SourceName { get; }

    /// <summary>Whether changes are refused (true of <see cref="Default"/> only).</summary>
    public bool IsReadOnly { get; }

    /// <summary>The sum of the frequencies of every line read and every word added (jieba's <c>total</c>).</summary>
    public long TotalFrequency => Volatile.Read(ref _totalFrequency);

    /// <summary>Number of distinct words with a positive frequency.</summary>
    public int WordCount => Volatile.Read(ref _wordCount);

    internal WordTrie Trie { get; }

    /// <summary><c>ln(TotalFrequency)</c>, which every log-probability subtracts.</summary>
    internal double LogTotal => Volatile.Read(ref _logTotal);

    /// <summary>Words split into characters whenever the HMM proposes them (they were removed by the user).</summary>
    internal HashSet<string> ForcedSplits => Volatile.Read(ref _forcedSplits);

    /// <summary>Reads a dictionary file in jieba's format (UTF-8, <c>word freq [tag]</c> per line; blank lines are
    /// skipped).</summary>
    /// <exception cref="DataFileNotFoundException">When the file does not exist.</exception>
    /// <exception cref="DictionaryFormatException">When a line cannot be read; the error names the line.</exception>
    public static Lexicon Load(string path)
    {
        var text = ReadFile(path);
        var lexicon = new Lexicon(path, EstimateNodes(text.Length), readOnly: false);
        lexicon.AddLines(text, frequencyRequired: true, allowComments: false);
        return lexicon;
    }

    /// <summary>Builds a lexicon from lines in jieba's format (<c>word freq [tag]</c>).</summary>
    /// <exception cref="DictionaryFormatException">When a line cannot be read; the error names
    /// <paramref name="sourceName"/> and the line.</exception>
    public static Lexicon FromLines(IEnumerable<string> lines, string sourceName = "lexicon")
    {
        ArgumentNullException.ThrowIfNull(lines);
        var lexicon = new Lexicon(sourceName, 0, readOnly: false);
        var number = 0;
        foreach (var line in lines)
        {
            lexicon.AddLine(line, ++number, frequencyRequired: true, allowComments: false);
        }

        lexicon.PublishTotal();
        return lexicon;
    }

    /// <summary>A new, changeable copy of <see cref="Default"/>.</summary>
    public static Lexicon LoadDefault() => LoadDefaultResource(readOnly: false);

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
        var node = Trie.Find(word);
        return node == 0 ? null : TagOfNode(Trie.Nodes, node);
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

            var current = Trie.Find(word);
            var suggested = Math.Max(Truncate(probability * TotalFrequency) + 1, current == 0 ? 1 : Trie.Nodes.Frequency[current]);
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

    /// <summary>jieba's <c>FREQ.get(word, 0)</c>.</summary>
    internal int Frequency(ReadOnlySpan<char> word)
    {
        var node = Trie.Find(word);
        return node == 0 ? 0 : Trie.Nodes.Frequency[node];
    }

    /// <summary>The tag of a node, if the dictionary gave one.</summary>
    internal PartOfSpeech? TagOfNode(WordTrie.NodeStore nodes, int node)
    {
        var index = nodes.Tag[node];
        var tags = Volatile.Read(ref _tags);
        return index < tags.Length ? tags[index] : null;
    }

    private static Lexicon LoadDefaultResource(bool readOnly)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        var text = reader.ReadToEnd();
        var lexicon = new Lexicon("default lexicon", EstimateNodes(text.Length), readOnly);
        lexicon.AddLines(text, frequencyRequired: true, allowComments: true);
        return lexicon;
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

    // jieba's dictionary has about 1.4 trie nodes per line and 14.5 bytes (as UTF-16 characters) per line.
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

    /// <summary>Writer only: jieba's <c>FREQ[word] = freq; total += freq</c> (the total is published separately).</summary>
    private void SetWord(ReadOnlySpan<char> word, int frequency, ushort tag, bool keepTag, bool isRemoval)
    {
        var node = Trie.GetOrAdd(word);
        var nodes = Trie.Nodes;
        var was = nodes.Frequency[node];
        Trie.SetWord(node, frequency, keepTag ? nodes.Tag[node] : tag);
        _totalFrequency += frequency;
        _wordCount += (was > 0 ? -1 : 0) + (frequency > 0 ? 1 : 0);
        if (isRemoval)
        {
            var splits = new HashSet<string>(_forcedSplits, StringComparer.Ordinal) { word.ToString() };
            Volatile.Write(ref _forcedSplits, splits);
        }
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
        var node = Trie.Find(word);
        return node == 0 ? 1 : Trie.Nodes.Frequency[node];
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
        _tagIndex.Add(tag.Code, index);
        if (code.Length <= 4)
        {
            _shortTagIndex.Add(packed, index);
        }

        Volatile.Write(ref _tags, [.. _tags, tag]);
        return index;
    }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("The default lexicon is shared and read-only; use Lexicon.LoadDefault() for a copy that can change.");
        }
    }
}
