using System.Text;

namespace Extract.Documents;

/// <summary>Builds a normalized text while recording where each character came from in the source.</summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text;
    private readonly OffsetMap.Builder _map = new();

    public MappedTextBuilder()
        : this(16)
    {
    }

    /// <summary>Starts a builder with room for <paramref name="capacity"/> characters.</summary>
    public MappedTextBuilder(int capacity) => _text = new StringBuilder(capacity);

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public char? Last => _text.Length == 0 ? null : _text[^1];

    /// <summary>Appends <paramref name="c"/>, which stands for the source character at <paramref name="sourceOffset"/>.</summary>
    public void Append(char c, int sourceOffset)
    {
        _map.Map(_text.Length, sourceOffset);
        _text.Append(c);
    }

    /// <summary>Appends source characters taken unchanged from <paramref name="sourceOffset"/> on.</summary>
    public void Append(ReadOnlySpan<char> text, int sourceOffset)
    {
        if (text.IsEmpty)
        {
            return;
        }

        _map.Map(_text.Length, sourceOffset);
        _text.Append(text);
    }

    /// <summary>Appends a slice of another mapped text.</summary>
    public void Append(string text, TextSpan span, OffsetMap map)
    {
        _map.AddSlice(map, span, _text.Length);
        _text.Append(text, span.Start, span.Length);
    }

    /// <summary>Removes trailing white space (it maps nowhere that matters).</summary>
    public void TrimEnd()
    {
        var end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        _text.Length = end;
    }

    public OffsetMap BuildMap() => _map.Build(_text.Length);

    public override string ToString() => _text.ToString();
}
