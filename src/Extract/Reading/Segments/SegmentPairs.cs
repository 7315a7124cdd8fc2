using Extract.Documents;

namespace Extract.Reading.Segments;

/// <summary>Makes a <see cref="SegmentPair"/> from a source and a target text, whichever language is the source.</summary>
internal static class SegmentPairs
{
    public static SegmentPair Create(string id, string source, string? target, Language sourceLanguage, int line)
    {
        var state = string.IsNullOrWhiteSpace(target) ? SegmentState.Untranslated : SegmentState.Translated;
        var (chinese, english) = sourceLanguage == Language.Chinese ? (source, target ?? string.Empty) : (target ?? string.Empty, source);
        return new SegmentPair(id, chinese.Trim(), english.Trim(), state, line);
    }
}
