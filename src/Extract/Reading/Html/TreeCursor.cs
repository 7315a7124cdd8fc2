using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>Walks the nodes inside a root in document order, each step in constant time. AngleSharp's
/// <see cref="INode.NextSibling"/> searches the parent's list of children for the node, so a walk from sibling to
/// sibling is quadratic in the number of children (100,000 paragraphs in one container took minutes); the cursor
/// keeps the index of every open level instead.</summary>
/// <remarks>The tree must not change during the walk.</remarks>
internal sealed class TreeCursor
{
    private readonly List<(INodeList Nodes, int Index)> _levels = [];
    private readonly List<INode> _closed = [];

    /// <summary>A cursor on the first node inside <paramref name="root"/> (none when it is empty).</summary>
    public TreeCursor(INode root)
    {
        _levels.Add((root.ChildNodes, 0));
        Current = root.ChildNodes.Length > 0 ? root.ChildNodes[0] : null;
    }

    /// <summary>The node the cursor is on; <see langword="null"/> once the walk is over.</summary>
    public INode? Current { get; private set; }

    /// <summary>The nodes whose subtrees the last <see cref="Advance"/> finished, innermost first: the current node
    /// itself when it was entered but had no children, then each ancestor whose last child it was (the root
    /// excepted).</summary>
    public IReadOnlyList<INode> Closed => _closed;

    /// <summary>Moves to the next node: the first child of the current node when <paramref name="descend"/> is set
    /// and it has one, otherwise the next sibling of the current node or of its nearest ancestor that has one.</summary>
    public void Advance(bool descend)
    {
        _closed.Clear();
        var node = Current ?? throw new InvalidOperationException("The walk is over.");
        if (descend)
        {
            var children = node.ChildNodes;
            if (children.Length > 0)
            {
                _levels.Add((children, 0));
                Current = children[0];
                return;
            }

            _closed.Add(node);
        }

        while (true)
        {
            var (nodes, index) = _levels[^1];
            if (++index < nodes.Length)
            {
                _levels[^1] = (nodes, index);
                Current = nodes[index];
                return;
            }

            _levels.RemoveAt(_levels.Count - 1);
            if (_levels.Count == 0)
            {
                Current = null;
                return;
            }

            // The level just finished holds the children of the node at the top of the one below.
            var (parentNodes, parentIndex) = _levels[^1];
            _closed.Add(parentNodes[parentIndex]);
        }
    }
}
