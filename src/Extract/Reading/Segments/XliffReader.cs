using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Extract.Documents;

namespace Extract.Reading.Segments;

/// <summary>Reads XLIFF: 1.2 as Trados (SDLXLIFF, with <c>seg-source</c> and <c>mrk mtype="seg"</c>), memoQ and
/// OmegaT write it, and 2.0 to 2.2 (<c>unit</c>, <c>segment</c>). The languages come from the file
/// (<c>source-language</c>/<c>target-language</c>, <c>srcLang</c>/<c>trgLang</c>); units marked
/// <c>translate="no"</c> and XLIFF 2's <c>ignorable</c> parts are not segments.</summary>
public sealed class XliffReader : ISegmentFormatReader
{
    /// <inheritdoc/>
    public bool CanRead(ReadOnlySpan<char> head, string sourcePath) => head.Contains("<xliff", StringComparison.Ordinal);

    /// <inheritdoc/>
    public SegmentFile Read(string text, string sourcePath, SegmentReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(options);
        var context = new XmlFileContext(text, sourcePath, options);
        var state = new ReadState(context);
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

                switch (reader.LocalName)
                {
                    case "xliff":
                        state.ReadRoot(reader);
                        break;
                    case "file" when !state.IsVersion2:
                        state.SetLanguages(reader.GetAttribute("source-language"), reader.GetAttribute("target-language"), $"the <file> element at line {XmlFileContext.LineOf(reader)}");
                        break;
                    case "trans-unit" when !state.IsVersion2:
                        ReadTransUnit(reader, state);
                        break;
                    case "unit" when state.IsVersion2:
                        ReadUnit(reader, state);
                        break;
                }
            }
        }
        catch (XmlException error)
        {
            throw context.Malformed(error);
        }

        if (state.Source is not { } source)
        {
            throw new SegmentLanguageException(sourcePath, "the file has no <xliff> root with a <file> that declares its languages");
        }

        return new SegmentFile(sourcePath, state.IsVersion2 ? SegmentFormat.Xliff2 : SegmentFormat.Xliff1, source, state.SourceTag!, state.TargetTag!, state.Segments.ToImmutable());
    }

    private static void ReadTransUnit(XmlReader reader, ReadState state)
    {
        var context = state.Context;
        var id = reader.GetAttribute("id") ?? (state.Units + 1).ToString(CultureInfo.InvariantCulture);
        var line = XmlFileContext.LineOf(reader);
        var translatable = reader.GetAttribute("translate") != "no";
        state.Units++;
        if (reader.IsEmptyElement)
        {
            return;
        }

        var startTagEnd = context.StartTagEnd(reader);
        var depth = reader.Depth;
        XmlSegmentText? source = null, segmented = null, target = null;
        while (reader.Read())
        {
            context.CheckDepth(reader);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1)
            {
                switch (reader.LocalName)
                {
                    case "source":
                        source = XmlSegmentText.Read(reader, context);
                        break;
                    case "seg-source":
                        segmented = XmlSegmentText.Read(reader, context);
                        break;
                    case "target":
                        target = XmlSegmentText.Read(reader, context);
                        break;
                }
            }
        }

        if (source is null && segmented is null)
        {
            throw context.Malformed(reader, $"the trans-unit \"{id}\" at line {line} has no <source>");
        }

        if (!translatable)
        {
            return;
        }

        var anchor = new UnitAnchor(id, startTagEnd, context.TagStart(reader), null);
        if (segmented is { Marked.Count: > 0 })
        {
            // SDLXLIFF: each mrk of the segmented source is a segment, its translation the target's mrk of that mid.
            foreach (var (mid, text) in segmented.Marked)
            {
                var translation = target?.Marked.FirstOrDefault(m => m.Mid == mid).Text;
                state.Add(mid, text, translation, line, anchor, reader);
            }
        }
        else
        {
            state.Add(id, (source ?? segmented)!.Text, target?.Text, line, anchor, reader);
        }
    }

    private static void ReadUnit(XmlReader reader, ReadState state)
    {
        var context = state.Context;
        var unitId = reader.GetAttribute("id") ?? (state.Units + 1).ToString(CultureInfo.InvariantCulture);
        state.Units++;
        if (reader.IsEmptyElement)
        {
            return;
        }

        var startTagEnd = context.StartTagEnd(reader);
        var depth = reader.Depth;
        int? notesEnd = null;
        var segments = new List<(string? Id, XmlSegmentText? Source, XmlSegmentText? Target, int Line)>();
        while (reader.Read())
        {
            context.CheckDepth(reader);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth + 1 && reader.LocalName == "notes")
            {
                notesEnd = context.TagStart(reader);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "segment")
            {
                segments.Add(ReadSegment(reader, context));
            }
        }

        var anchor = new UnitAnchor(unitId, startTagEnd, context.TagStart(reader), notesEnd);
        for (var i = 0; i < segments.Count; i++)
        {
            var (segmentId, source, target, line) = segments[i];
            if (source is null)
            {
                throw new MalformedSegmentFileException(context.SourcePath, line, 0, $"a segment of the unit \"{unitId}\" has no <source>");
            }

            // A unit of one unnamed segment is named by the unit alone.
            var id = segmentId is not null ? $"{unitId}/{segmentId}"
                : segments.Count == 1 ? unitId
                : $"{unitId}/{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            state.Add(id, source.Text, target?.Text, line, anchor, reader);
        }
    }

    private static (string? Id, XmlSegmentText? Source, XmlSegmentText? Target, int Line) ReadSegment(XmlReader reader, XmlFileContext context)
    {
        var id = reader.GetAttribute("id");
        var line = XmlFileContext.LineOf(reader);
        if (reader.IsEmptyElement)
        {
            return (id, null, null, line);
        }

        var depth = reader.Depth;
        XmlSegmentText? source = null, target = null;
        while (reader.Read())
        {
            context.CheckDepth(reader);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1)
            {
                if (reader.LocalName == "source")
                {
                    source = XmlSegmentText.Read(reader, context);
                }
                else if (reader.LocalName == "target")
                {
                    target = XmlSegmentText.Read(reader, context);
                }
            }
        }

        return (id, source, target, line);
    }

    private sealed class ReadState(XmlFileContext context)
    {
        public XmlFileContext Context { get; } = context;

        public bool IsVersion2 { get; private set; }

        public Language? Source { get; private set; }

        public string? SourceTag { get; private set; }

        public string? TargetTag { get; private set; }

        public int Units { get; set; }

        public ImmutableArray<SegmentPair>.Builder Segments { get; } = ImmutableArray.CreateBuilder<SegmentPair>();

        public void ReadRoot(XmlReader reader)
        {
            var version = reader.GetAttribute("version") ?? string.Empty;
            IsVersion2 = version.StartsWith('2') || (reader.NamespaceURI?.Contains(":xliff:document:2", StringComparison.Ordinal) ?? false);
            if (IsVersion2)
            {
                SetLanguages(reader.GetAttribute("srcLang"), reader.GetAttribute("trgLang"), "the <xliff> element");
            }
        }

        public void SetLanguages(string? sourceTag, string? targetTag, string where)
        {
            var source = LanguageTags.SourceOf(Context.SourcePath, sourceTag, targetTag, where);
            if (Source is { } known && known != source)
            {
                throw new SegmentLanguageException(Context.SourcePath, $"{where} translates {sourceTag} into {targetTag}, the other way round from the file before it ({SourceTag} into {TargetTag})");
            }

            (Source, SourceTag, TargetTag) = (source, sourceTag!.Trim(), targetTag!.Trim());
        }

        public void Add(string id, string source, string? target, int line, UnitAnchor anchor, XmlReader reader)
        {
            if (Source is not { } language)
            {
                throw Context.Malformed(reader, "a unit stands outside a <file> that declares the languages");
            }

            if (Segments.Count >= Context.Options.MaxSegments)
            {
                throw Context.Limit(reader, $"the file holds more than the limit of {Context.Options.MaxSegments:N0} segments");
            }

            Segments.Add(SegmentPairs.Create(id, source, target, language, line) with { Anchor = anchor });
        }
    }
}
