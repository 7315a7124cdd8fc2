using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Extract.Documents;

namespace Extract.Reading.Segments;

/// <summary>Reads a TMX translation memory (1.4b, and 1.1's <c>lang</c> attribute): each <c>tu</c> a segment, its
/// Chinese and English <c>tuv</c> the two sides. The source language is the header's <c>srclang</c> (Chinese where it
/// says <c>*all*</c>); variants in other languages are passed over.</summary>
public sealed class TmxReader : ISegmentFormatReader
{
    /// <inheritdoc/>
    public bool CanRead(ReadOnlySpan<char> head, string sourcePath) => head.Contains("<tmx", StringComparison.Ordinal);

    /// <inheritdoc/>
    public SegmentFile Read(string text, string sourcePath, SegmentReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(options);
        var context = new XmlFileContext(text, sourcePath, options);
        var segments = ImmutableArray.CreateBuilder<SegmentPair>();
        string? sourceTag = null;
        string? chineseTag = null, englishTag = null;
        var units = 0;
        using var reader = context.CreateReader();
        try
        {
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                context.CheckDepth(reader);
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "header")
                {
                    sourceTag = reader.GetAttribute("srclang");
                }
                else if (reader.LocalName == "tu")
                {
                    units++;
                    var id = reader.GetAttribute("tuid") ?? units.ToString(CultureInfo.InvariantCulture);
                    var line = XmlFileContext.LineOf(reader);
                    var variants = ReadUnit(reader, context);
                    var chinese = variants.FirstOrDefault(v => LanguageTags.Parse(v.Tag) == Language.Chinese);
                    var english = variants.FirstOrDefault(v => LanguageTags.Parse(v.Tag) == Language.English);
                    chineseTag ??= chinese.Tag;
                    englishTag ??= english.Tag;
                    if (chinese.Tag is null && english.Tag is null)
                    {
                        continue;
                    }

                    if (segments.Count >= options.MaxSegments)
                    {
                        throw context.Limit(reader, $"the file holds more than the limit of {options.MaxSegments:N0} segments");
                    }

                    var state = string.IsNullOrWhiteSpace(chinese.Text) || string.IsNullOrWhiteSpace(english.Text) ? SegmentState.Untranslated : SegmentState.Translated;
                    segments.Add(new SegmentPair(id, (chinese.Text ?? string.Empty).Trim(), (english.Text ?? string.Empty).Trim(), state, line));
                }
            }
        }
        catch (XmlException error)
        {
            throw context.Malformed(error);
        }

        if (chineseTag is null || englishTag is null)
        {
            var found = chineseTag ?? englishTag;
            throw new SegmentLanguageException(sourcePath, found is null
                ? "the memory holds no variant in Chinese or English (tuv xml:lang)"
                : $"every variant of the memory is in one language ({found}): a Chinese and an English variant are needed");
        }

        var source = LanguageTags.Parse(sourceTag) == Language.English ? Language.English : Language.Chinese;
        var (sourceSide, targetSide) = source == Language.Chinese ? (chineseTag, englishTag) : (englishTag, chineseTag);
        return new SegmentFile(sourcePath, SegmentFormat.Tmx, source, sourceSide, targetSide, segments.ToImmutable());
    }

    private static List<(string? Tag, string? Text)> ReadUnit(XmlReader reader, XmlFileContext context)
    {
        var variants = new List<(string?, string?)>();
        if (reader.IsEmptyElement)
        {
            return variants;
        }

        var depth = reader.Depth;
        string? tag = null;
        while (reader.Read())
        {
            context.CheckDepth(reader);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "tuv" && reader.Depth == depth + 1)
            {
                tag = reader.GetAttribute("xml:lang") ?? reader.GetAttribute("lang");
                if (reader.IsEmptyElement)
                {
                    variants.Add((tag, null));
                }
            }
            else if (reader.LocalName == "seg" && reader.Depth == depth + 2)
            {
                variants.Add((tag, XmlSegmentText.Read(reader, context).Text));
            }
        }

        return variants;
    }
}
