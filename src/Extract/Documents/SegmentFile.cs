using System.Collections.Immutable;

namespace Extract.Documents;

/// <summary>A translator's bilingual file as read: its segments, in order, and the languages it declares.</summary>
/// <param name="SourcePath">The path or name the file was read from (for two line-aligned files, the Chinese one's,
/// with the English one in <see cref="SecondPath"/>).</param>
/// <param name="Format">The format it was read from.</param>
/// <param name="SourceLanguage">The language translated from: the original, whose figures the other side must
/// render.</param>
/// <param name="SourceLanguageTag">The source language as the file writes it (<c>zh-CN</c>, <c>en-US</c>), or the
/// language found from the text where the file names none.</param>
/// <param name="TargetLanguageTag">The target language as the file writes it.</param>
/// <param name="Segments">The segments, in file order.</param>
public sealed record SegmentFile(
    string SourcePath,
    SegmentFormat Format,
    Language SourceLanguage,
    string SourceLanguageTag,
    string TargetLanguageTag,
    ImmutableArray<SegmentPair> Segments)
{
    /// <summary>For two line-aligned files, the English file's path; otherwise <see langword="null"/>.</summary>
    public string? SecondPath { get; init; }

    /// <summary>The language translated into.</summary>
    public Language TargetLanguage => SourceLanguage == Language.Chinese ? Language.English : Language.Chinese;

    /// <summary>How many segments have no translation yet.</summary>
    public int UntranslatedCount => Segments.Count(s => s.State == SegmentState.Untranslated);
}
