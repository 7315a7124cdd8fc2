using Extract.Documents;

namespace Extract.Reading.Segments;

/// <summary>Tells Chinese and English from the language tags translators' files write: <c>zh-CN</c>, <c>zh-Hans</c>,
/// <c>zh_TW</c>, <c>ZH-HK</c>, <c>cmn</c>, <c>zho</c>, <c>en-US</c>, <c>EN-GB</c>, <c>eng</c>.</summary>
internal static class LanguageTags
{
    /// <summary>The language of <paramref name="tag"/>, or <see cref="Language.Neutral"/> for any other language.</summary>
    public static Language Parse(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return Language.Neutral;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "zh" or "zho" or "chi" or "cmn" or "yue" => Language.Chinese,
            "en" or "eng" => Language.English,
            _ => Language.Neutral,
        };
    }

    /// <summary>The languages a file declares, checked to be Chinese and English, one on each side.</summary>
    /// <exception cref="SegmentLanguageException">A language is missing, neither Chinese nor English, or both are
    /// one language.</exception>
    public static Language SourceOf(string sourcePath, string? sourceTag, string? targetTag, string where)
    {
        if (string.IsNullOrWhiteSpace(sourceTag))
        {
            throw new SegmentLanguageException(sourcePath, $"{where} declares no source language, so it cannot be told which side is Chinese");
        }

        if (string.IsNullOrWhiteSpace(targetTag))
        {
            throw new SegmentLanguageException(sourcePath, $"{where} declares no target language (source {sourceTag}): name it, for example en-US or zh-CN, so that the translation can be checked");
        }

        var (source, target) = (Parse(sourceTag), Parse(targetTag));
        if (source == Language.Neutral || target == Language.Neutral)
        {
            var other = source == Language.Neutral ? sourceTag : targetTag;
            throw new SegmentLanguageException(sourcePath, $"{where} translates {sourceTag} into {targetTag}: {other} is neither Chinese nor English");
        }

        if (source == target)
        {
            throw new SegmentLanguageException(sourcePath, $"{where} translates {sourceTag} into {targetTag}: both sides are {source}, so there is no Chinese and English pair to check");
        }

        return source;
    }
}
