using System.Numerics;

namespace Extract.Segmentation;

/// <summary>A prefix tree of words over UTF-16 characters, with each word's frequency, its log, and its tag.</summary>
/// <remarks>
/// Node 0 is the root; its children sit in a direct array indexed by character, so the first step of every walk is
/// one load. Deeper edges live in one open-addressing hash table keyed by (parent, character). Every prefix of a word
/// is a node, as every prefix of a word is a key of jieba's <c>FREQ</c> table (with frequency 0 when it is not itself
/// a word), which is what its DAG walk relies on.
/// <para>One writer at a time (callers lock); any number of readers without locks. A writer fills a node before it
/// publishes the edge to it, and publishes grown arrays before any edge that needs them, so a reader never follows an
/// edge to a node it cannot see.</para>
/// </remarks>
internal sealed class WordTrie
{
    private const int InitialNodeCapacity = 1024;

    // Written in place, one element at a time, with release semantics; never replaced.
    private readonly int[] _rootChildren = new int[char.MaxValue + 1];
    private EdgeTable _edges;
    private NodeStore _nodes;
    private int _nodeCount = 1;

    /// <summary>Creates an empty trie sized for about <paramref name="expectedNodes"/> nodes.</summary>
    public WordTrie(int expectedNodes = InitialNodeCapacity)
    {
        var nodes = Math.Max(InitialNodeCapacity, expectedNodes);
        _nodes = new NodeStore(nodes);
        _edges = new EdgeTable((int)BitOperations.RoundUpToPowerOf2((uint)nodes * 2));
    }

    /// <summary>The node arrays as last published. A node id read from an edge is always inside them.</summary>
    public NodeStore Nodes => Volatile.Read(ref _nodes);

    /// <summary>Number of nodes, the root included.</summary>
    public int NodeCount => Volatile.Read(ref _nodeCount);

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or 0 when there is none.</summary>
    public int Child(int node, char c) =>
        node == 0 ? Volatile.Read(ref _rootChildren[c]) : Volatile.Read(ref _edges).Find(node, c);

    /// <summary>The node spelling <paramref name="word"/>, or 0 when <paramref name="word"/> is not a prefix of any
    /// word (or is empty).</summary>
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

    /// <summary>Writer only: the node spelling <paramref name="word"/>, created with all its prefixes when missing.</summary>
    public int GetOrAdd(ReadOnlySpan<char> word)
    {
        var node = 0;
        foreach (var c in word)
        {
            var child = Child(node, c);
            if (child == 0)
            {
                child = AddNode();
                if (node == 0)
                {
                    Volatile.Write(ref _rootChildren[c], child);
                }
                else
                {
                    AddEdge(node, c, child);
                }
            }

            node = child;
        }

        return node;
    }

    /// <summary>Writer only: sets the frequency (and its log) and the tag of a node, and marks it defined (a reader
    /// that sees the mark sees the values).</summary>
    public void SetWord(int node, int frequency, ushort tag)
    {
        var nodes = _nodes;
        nodes.LogFrequency[node] = frequency > 0 ? Math.Log(frequency) : 0;
        nodes.Tag[node] = tag;
        Volatile.Write(ref nodes.Frequency[node], frequency);
        Volatile.Write(ref nodes.Defined[node], true);
    }

    private int AddNode()
    {
        var id = _nodeCount;
        if (id == _nodes.Frequency.Length)
        {
            Volatile.Write(ref _nodes, _nodes.Grow(id * 2));
        }

        Volatile.Write(ref _nodeCount, id + 1);
        return id;
    }

    private void AddEdge(int parent, char c, int child)
    {
        var edges = _edges;
        if ((edges.Count + 1) * 2 > edges.Capacity)
        {
            edges = edges.Grow();
            edges.Add(parent, c, child);
            Volatile.Write(ref _edges, edges);
        }
        else
        {
            edges.Add(parent, c, child);
        }
    }

    /// <summary>Per-node data: arrays indexed by node id. Replaced by a larger copy when full.</summary>
    internal sealed class NodeStore
    {
        public NodeStore(int capacity)
        {
            Frequency = new int[capacity];
            LogFrequency = new double[capacity];
            Tag = new ushort[capacity];
            Text = new string?[capacity];
            Defined = new bool[capacity];
        }

        /// <summary>Whether the node's word was set (added, read from a file, or removed), as opposed to being only the
        /// prefix of a longer word: over a base lexicon, a defined node overrides the base's entry.</summary>
        public bool[] Defined { get; }

        /// <summary>jieba's <c>FREQ</c> value: positive for a word, 0 for a prefix (or a removed word).</summary>
        public int[] Frequency { get; }

        /// <summary><c>ln(Frequency)</c> for a word, computed once.</summary>
        public double[] LogFrequency { get; }

        /// <summary>Index of the word's tag in the lexicon's tag table; 0 for none.</summary>
        public ushort[] Tag { get; }

        /// <summary>The word as a string, made the first time a token needs it (races only make it twice).</summary>
        public string?[] Text { get; }

        public NodeStore Grow(int capacity)
        {
            var grown = new NodeStore(capacity);
            Frequency.CopyTo(grown.Frequency, 0);
            LogFrequency.CopyTo(grown.LogFrequency, 0);
            Tag.CopyTo(grown.Tag, 0);
            Text.CopyTo(grown.Text, 0);
            Defined.CopyTo(grown.Defined, 0);
            return grown;
        }
    }

    /// <summary>Edges below the root: linear probing over (parent, character) keys packed in a <see cref="long"/>.</summary>
    private sealed class EdgeTable
    {
        private readonly long[] _keys;
        private readonly int[] _children;
        private readonly int _shift;

        public EdgeTable(int capacity)
        {
            _keys = new long[capacity];
            _children = new int[capacity];
            _shift = 64 - BitOperations.Log2((uint)capacity);
        }

        public int Count { get; private set; }

        public int Capacity => _keys.Length;

        // Parents are never the root here, so a key is never 0, the empty slot's value.
        private static long Key(int parent, char c) => ((long)parent << 16) | c;

        private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> _shift);

        public int Find(int parent, char c)
        {
            var key = Key(parent, c);
            var mask = _keys.Length - 1;
            for (var slot = Slot(key); ; slot = (slot + 1) & mask)
            {
                var found = Volatile.Read(ref _keys[slot]);
                if (found == key)
                {
                    return _children[slot];
                }

                if (found == 0)
                {
                    return 0;
                }
            }
        }

        public void Add(int parent, char c, int child)
        {
            var key = Key(parent, c);
            var mask = _keys.Length - 1;
            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _children[slot] = child;
            Volatile.Write(ref _keys[slot], key);
            Count++;
        }

        public EdgeTable Grow()
        {
            var grown = new EdgeTable(_keys.Length * 2);
            for (var i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] != 0)
                {
                    grown.Add((int)(_keys[i] >> 16), (char)_keys[i], _children[i]);
                }
            }

            return grown;
        }
    }
}
