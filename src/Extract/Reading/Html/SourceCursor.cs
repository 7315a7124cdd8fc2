using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>Finds where text of the page stands in its markup. The parser records where each element's start tag
/// is; text is located by searching for its first characters from there, moving forward through the page as the
/// reader does, so a whole page costs linear time.</summary>
/// <remarks>Character references (<c>&amp;amp;</c>, <c>&amp;nbsp;</c>) make decoded text shorter than its markup, so
/// offsets inside a line of text can drift by a few characters; the start of each text is exact when found.</remarks>
internal sealed class SourceCursor
{
    // How far ahead text is looked for before giving up and using the position reached.
    private const int SearchWindow = 32 * 1024;
    private const int ProbeLength = 8;

    private readonly string _source;
    private readonly IReadOnlyDictionary<IElement, int> _elementStarts;
    private int _position;

    public SourceCursor(string source, IReadOnlyDictionary<IElement, int> elementStarts)
    {
        _source = source;
        _elementStarts = elementStarts;
    }

    /// <summary>Where the element's start tag is in the markup, or -1 for an element the parser implied.</summary>
    public int StartOf(IElement element) => _elementStarts.TryGetValue(element, out var start) ? start : -1;

    /// <summary>Moves the cursor to the start tag of <paramref name="element"/>, if it lies ahead.</summary>
    public void MoveTo(IElement element)
    {
        var start = StartOf(element);
        if (start > _position)
        {
            _position = start;
        }
    }

    /// <summary>The markup offset of the first character of <paramref name="text"/>, a piece of decoded text that
    /// comes next in reading order; moves the cursor past it.</summary>
    public int Locate(ReadOnlySpan<char> text)
    {
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        var end = first;
        while (end < text.Length && end - first < ProbeLength && text[end] is not ('&' or '<' or '>' or '"' or '\'' or '\u00A0') && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var position = Math.Min(_position, _source.Length);
        if (end == first)
        {
            return position;
        }

        var window = _source.AsSpan(position, Math.Min(SearchWindow, _source.Length - position));
        var found = window.IndexOf(text[first..end], StringComparison.Ordinal);
        if (found < 0)
        {
            return position;
        }

        _position = position + found + (end - first);
        return Math.Max(0, position + found - first);
    }
}
