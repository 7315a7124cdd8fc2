using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>CSS-style paths of elements (<c>div#zoom &gt; p:nth-of-type(3)</c>), so that a block can be found again
/// in the page: from the nearest ancestor with a usable id, else from <c>html</c>; <c>:nth-of-type</c> only where the
/// parent has several children of the same name. Paths of ancestors are cached, so a page costs linear time.</summary>
internal sealed class ElementPaths
{
    private readonly Dictionary<IElement, string> _paths = [];
    private readonly Dictionary<IElement, (int Index, int Count)> _positions = [];
    private readonly HashSet<IElement> _indexedParents = [];

    /// <summary>The path of <paramref name="element"/>.</summary>
    public string PathOf(IElement element)
    {
        var chain = new List<IElement>();
        var prefix = string.Empty;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (_paths.TryGetValue(e, out var cached))
            {
                prefix = cached;
                break;
            }

            chain.Add(e);
            if (HasUsableId(e))
            {
                break;
            }
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var e = chain[i];
            var path = HasUsableId(e) ? $"{e.LocalName}#{e.Id}"
                : prefix.Length == 0 ? Segment(e)
                : prefix + " > " + Segment(e);
            _paths[e] = path;
            prefix = path;
        }

        return prefix;
    }

    private string Segment(IElement element)
    {
        var parent = element.ParentElement;
        if (parent is null)
        {
            return element.LocalName;
        }

        if (_indexedParents.Add(parent))
        {
            IndexChildren(parent);
        }

        var (index, count) = _positions[element];
        return count > 1 ? $"{element.LocalName}:nth-of-type({index})" : element.LocalName;
    }

    private void IndexChildren(IElement parent)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // The children's list, not NextElementSibling, which searches the parent's children at every step.
        var children = parent.Children;
        foreach (var child in children)
        {
            var n = counts.GetValueOrDefault(child.LocalName) + 1;
            counts[child.LocalName] = n;
            _positions[child] = (n, 0);
        }

        foreach (var child in children)
        {
            _positions[child] = (_positions[child].Index, counts[child.LocalName]);
        }
    }

    // An id that can be written in a selector without escaping: a letter, then letters, digits, '-' and '_'.
    private static bool HasUsableId(IElement element)
    {
        var id = element.Id;
        if (string.IsNullOrEmpty(id) || !char.IsAsciiLetter(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
