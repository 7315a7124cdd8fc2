namespace Extract.Segmentation;

/// <summary>Enumerates the lines of a text split at <c>\n</c> only, as Python reads a file in binary mode (so a
/// dictionary word may hold any other character); the caller trims <c>\r</c> with the other white space.</summary>
internal ref struct LineSplitter
{
    private ReadOnlySpan<char> _rest;
    private bool _done;

    public LineSplitter(ReadOnlySpan<char> text)
    {
        _rest = text;
        _done = text.IsEmpty;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LineSplitter GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_done)
        {
            return false;
        }

        var end = _rest.IndexOf('\n');
        if (end < 0)
        {
            Current = _rest;
            _rest = default;
            _done = true;
        }
        else
        {
            Current = _rest[..end];
            _rest = _rest[(end + 1)..];
            _done = _rest.IsEmpty;
        }

        return true;
    }
}
