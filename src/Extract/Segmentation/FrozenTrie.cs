using System.Runtime.CompilerServices;
using Extract.Segmentation.Embedded;

namespace Extract.Segmentation;

/// <summary>An immutable prefix tree of words, laid out in breadth-first order: the children of a node have
/// consecutive ids and are sorted by character, so a node's children are found from one array of first-child ids and
/// one array of characters. This is the form jieba's dictionary is embedded in, read in one pass.</summary>
/// <remarks>Node 0 is the root, whose children sit in a direct array indexed by character. Every prefix of a word is
/// a node (frequency 0 when it is no word), as every prefix of a word is a key of jieba's <c>FREQ</c>. Safe for any
/// number of readers; the only writes are the token strings cached in <see cref="Text"/>, where a race only makes a
/// string twice.</remarks>
internal sealed class FrozenTrie
{
    private const int LinearSearchLimit = 8;

    private readonly int[] _rootChildren;
    private readonly int[] _firstChild;
    private readonly char[] _label;

    // Loading and lookups run once per process start or per character: fully optimized from the first call, as
    // the segment command's short life ends before tiered compilation would promote them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FrozenTrie(int[] childCounts, char[] label, int[] frequency, ushort[] tag, PartOfSpeech?[] tags, long totalFrequency)
    {
        var count = childCounts.Length;
        _label = label;
        Frequency = frequency;
        Tag = tag;
        Tags = tags;
        TotalFrequency = totalFrequency;
        _firstChild = new int[count + 1];
        var next = 1;
        for (var node = 0; node < count; node++)
        {
            _firstChild[node] = next;
            next += childCounts[node];
        }

        _firstChild[count] = next;
        if (next != count)
        {
            throw new InvalidOperationException($"The trie's child counts add up to {next - 1} children for {count - 1} nodes.");
        }

        _rootChildren = new int[char.MaxValue + 1];
        for (var child = 1; child < _firstChild[1]; child++)
        {
            _rootChildren[label[child]] = child;
        }

        LogFrequency = new double[count];
        var words = 0;
        for (var node = 0; node < count; node++)
        {
            if (frequency[node] > 0)
            {
                LogFrequency[node] = Math.Log(frequency[node]);
                words++;
            }
        }

        WordCount = words;
        Text = new string?[count];
    }

    /// <summary>jieba's <c>FREQ</c> value per node: positive for a word, 0 for a prefix.</summary>
    public int[] Frequency { get; }

    /// <summary><c>ln(Frequency)</c> for a word, computed once.</summary>
    public double[] LogFrequency { get; }

    /// <summary>Index of the node's tag in <see cref="Tags"/>; 0 for none.</summary>
    public ushort[] Tag { get; }

    /// <summary>The word as a string, made the first time a token needs it.</summary>
    public string?[] Text { get; }

    /// <summary>The tags, indexed by <see cref="Tag"/>; entry 0 is <see langword="null"/> (no tag).</summary>
    public PartOfSpeech?[] Tags { get; }

    /// <summary>jieba's total: the sum of the frequencies of every line of the source, duplicates included.</summary>
    public long TotalFrequency { get; }

    /// <summary>Number of words (nodes with a positive frequency).</summary>
    public int WordCount { get; }

    /// <summary>Number of nodes, the root included.</summary>
    public int NodeCount => Frequency.Length;

    /// <summary>The trie of the embedded table <paramref name="resourceName"/>, as <c>build/Extract.JiebaData</c>
    /// writes it (see its <c>DictionaryWriter</c> for the layout).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FrozenTrie LoadEmbedded(string resourceName)
    {
        var content = TableReader.Load(resourceName, 'D');
        var reader = TableReader.Over(content);
        var total = reader.VarLong();
        var expectedWords = reader.VarInt();
        var tags = new PartOfSpeech?[reader.VarInt() + 1];
        for (var i = 1; i < tags.Length; i++)
        {
            tags[i] = PartOfSpeech.Of(reader.String());
        }

        var count = reader.VarInt();
        var childCounts = new int[count];
        for (var node = 0; node < count; node++)
        {
            childCounts[node] = reader.VarInt();
        }

        // Siblings' characters are written as differences from the previous sibling's; the first as is.
        var label = new char[count];
        var child = 1;
        for (var node = 0; node < count; node++)
        {
            var previous = 0;
            for (var i = 0; i < childCounts[node]; i++)
            {
                previous += reader.VarInt();
                label[child++] = (char)previous;
            }
        }

        var frequency = new int[count];
        for (var node = 0; node < count; node++)
        {
            frequency[node] = reader.VarInt();
        }

        // Tags are written for words only.
        var tag = new ushort[count];
        for (var node = 0; node < count; node++)
        {
            if (frequency[node] > 0)
            {
                tag[node] = reader.Byte();
            }
        }

        var trie = new FrozenTrie(childCounts, label, frequency, tag, tags, total);
        if (!reader.AtEnd || trie.WordCount != expectedWords)
        {
            throw new InvalidOperationException($"The embedded resource {resourceName} does not hold the trie it announces.");
        }

        return trie;
    }

    /// <summary>A trie of <paramref name="words"/> (each word's last frequency and tag; <paramref name="tags"/>
    /// indexes the tags, entry 0 for none), with jieba's total <paramref name="totalFrequency"/>.</summary>
    public static FrozenTrie Build(IReadOnlyDictionary<string, (int Frequency, ushort Tag)> words, PartOfSpeech?[] tags, long totalFrequency)
    {
        // Breadth-first: nodes of depth d are the distinct prefixes of length d, ordered by (parent, last character),
        // which is the ordinal order of the prefixes themselves.
        var sorted = words.Keys.Order(StringComparer.Ordinal).ToArray();
        var maxLength = sorted.Length == 0 ? 0 : sorted.Max(w => w.Length);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = 0 };
        var order = new List<string> { string.Empty };
        for (var depth = 1; depth <= maxLength; depth++)
        {
            string? last = null;
            foreach (var word in sorted)
            {
                if (word.Length >= depth)
                {
                    var prefix = word[..depth];
                    if (prefix != last)
                    {
                        order.Add(prefix);
                        last = prefix;
                    }
                }
            }
        }

        // Within one depth the prefixes above are in ordinal order, hence grouped by parent in the parents' order.
        var count = order.Count;
        var childCounts = new int[count];
        var label = new char[count];
        var frequency = new int[count];
        var tag = new ushort[count];
        for (var node = 0; node < count; node++)
        {
            var prefix = order[node];
            ids[prefix] = node;
            if (node > 0)
            {
                childCounts[ids[prefix[..^1]]]++;
                label[node] = prefix[^1];
            }

            if (words.TryGetValue(prefix, out var entry))
            {
                frequency[node] = entry.Frequency;
                tag[node] = entry.Tag;
            }
        }

        return new FrozenTrie(childCounts, label, frequency, tag, tags, totalFrequency);
    }

    /// <summary>The root's child along <paramref name="c"/>, or 0.</summary>
    public int RootChild(char c) => _rootChildren[c];

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Child(int node, char c)
    {
        if (node == 0)
        {
            return _rootChildren[c];
        }

        var first = _firstChild[node];
        var end = _firstChild[node + 1];
        if (end - first <= LinearSearchLimit)
        {
            for (var i = first; i < end; i++)
            {
                var label = _label[i];
                if (label == c)
                {
                    return i;
                }

                if (label > c)
                {
                    return 0;
                }
            }

            return 0;
        }

        var found = _label.AsSpan(first, end - first).BinarySearch(c);
        return found >= 0 ? first + found : 0;
    }

    /// <summary>The node spelling <paramref name="word"/>, or 0 when it is no prefix of a word (or is empty).</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = 0;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == 0)
            {
                return 0;
            }
        }

        return node;
    }
}
