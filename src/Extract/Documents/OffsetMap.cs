using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Extract.Documents;

/// <summary>Maps offsets in a normalized text back to offsets in the source it was made from.</summary>
/// <remarks>Stored as runs: inside a run, consecutive normalized characters come from consecutive source characters.
/// A character that normalization inserted (the space that joins two English lines) maps to the source character
/// it replaced or stands next to. A map costs two integers per run, not per character.</remarks>
public sealed class OffsetMap
{
    private readonly ImmutableArray<int> _targetStarts;
    private readonly ImmutableArray<int> _sourceStarts;

    internal OffsetMap(ImmutableArray<int> targetStarts, ImmutableArray<int> sourceStarts, int length)
    {
        _targetStarts = targetStarts;
        _sourceStarts = sourceStarts;
        Length = length;
    }

    /// <summary>The map of a text to itself.</summary>
    public static OffsetMap Identity(int length) => new([0], [0], length);

    /// <summary>Length of the normalized text this map covers.</summary>
    public int Length { get; }

    /// <summary>Number of runs; a text that normalization left alone has one.</summary>
    public int RunCount => _targetStarts.Length;

    /// <summary>The source offset of the character at <paramref name="offset"/> in the normalized text.
    /// <paramref name="offset"/> may equal <see cref="Length"/> (the end).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="offset"/> is outside the text.</exception>
    public int ToSource(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Length);
        if (_targetStarts.IsEmpty)
        {
            return offset;
        }

        var run = FindRun(offset);
        return _sourceStarts[run] + (offset - _targetStarts[run]);
    }

    /// <summary>The source characters that the normalized characters of <paramref name="span"/> came from.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        var start = ToSource(span.Start);
        if (span.Length == 0)
        {
            return new TextSpan(start, 0);
        }

        var last = ToSource(span.End - 1);
        return TextSpan.FromBounds(start, Math.Max(start, last + 1));
    }

    /// <summary>This map restricted to <paramref name="span"/>, with offsets counted from the span's start.</summary>
    internal OffsetMap Slice(TextSpan span)
    {
        var builder = new Builder();
        builder.AddSlice(this, span, 0);
        return builder.Build(span.Length);
    }

    /// <summary>The map of a text whose character at each index came from the source offset at that index of
    /// <paramref name="sourceOffsets"/>; characters from <paramref name="length"/> on were trimmed off.</summary>
    internal static OffsetMap FromSourceOffsets(ReadOnlySpan<int> sourceOffsets, int length)
    {
        // A text trimmed to nothing keeps its first run, as the builder does.
        var kept = sourceOffsets[..Math.Max(length, Math.Min(1, sourceOffsets.Length))];
        if (kept.IsEmpty)
        {
            return new([], [], length);
        }

        var runs = 1;
        for (var k = 1; k < kept.Length; k++)
        {
            if (kept[k] != kept[k - 1] + 1)
            {
                runs++;
            }
        }

        var targets = new int[runs];
        var sources = new int[runs];
        sources[0] = kept[0];
        for (int k = 1, run = 1; k < kept.Length; k++)
        {
            if (kept[k] != kept[k - 1] + 1)
            {
                targets[run] = k;
                sources[run] = kept[k];
                run++;
            }
        }

        return new(ImmutableCollectionsMarshal.AsImmutableArray(targets), ImmutableCollectionsMarshal.AsImmutableArray(sources), length);
    }

    /// <summary>Writes the source offset of each of the first <c>destination.Length</c> normalized characters.</summary>
    internal void CopySourceOffsets(Span<int> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(destination.Length, Length);
        var targets = _targetStarts.AsSpan();
        var sources = _sourceStarts.AsSpan();
        if (targets.IsEmpty)
        {
            for (var k = 0; k < destination.Length; k++)
            {
                destination[k] = k;
            }

            return;
        }

        var run = 0;
        for (var k = 0; k < destination.Length; k++)
        {
            while (run + 1 < targets.Length && targets[run + 1] <= k)
            {
                run++;
            }

            destination[k] = sources[run] + (k - targets[run]);
        }
    }

    private int FindRun(int offset)
    {
        var index = _targetStarts.AsSpan().BinarySearch(offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>Collects runs in order of their normalized offsets.</summary>
    internal sealed class Builder
    {
        private readonly List<int> _targets = [];
        private readonly List<int> _sources = [];

        /// <summary>Declares that the normalized character at <paramref name="target"/> comes from <paramref name="source"/>.
        /// Calls must come in increasing order of <paramref name="target"/>.</summary>
        public void Map(int target, int source)
        {
            if (_targets.Count > 0)
            {
                var last = _targets.Count - 1;
                if (_targets[last] == target)
                {
                    _sources[last] = source;
                    return;
                }

                // Still inside the current run: nothing to record.
                if (_sources[last] + (target - _targets[last]) == source)
                {
                    return;
                }
            }

            _targets.Add(target);
            _sources.Add(source);
        }

        /// <summary>Appends the runs of <paramref name="map"/> inside <paramref name="span"/>, placed at <paramref name="targetOffset"/>.</summary>
        public void AddSlice(OffsetMap map, TextSpan span, int targetOffset)
        {
            if (span.Length == 0)
            {
                return;
            }

            Map(targetOffset, map.ToSource(span.Start));
            for (var i = map.FindRun(span.Start) + 1; i < map._targetStarts.Length && map._targetStarts[i] < span.End; i++)
            {
                Map(targetOffset + map._targetStarts[i] - span.Start, map._sourceStarts[i]);
            }
        }

        public OffsetMap Build(int length)
        {
            // Runs that start past the end were cut off by trimming.
            var count = _targets.Count;
            while (count > 1 && _targets[count - 1] >= length)
            {
                count--;
            }

            return new([.. CollectionsMarshal.AsSpan(_targets)[..count]], [.. CollectionsMarshal.AsSpan(_sources)[..count]], length);
        }
    }
}
