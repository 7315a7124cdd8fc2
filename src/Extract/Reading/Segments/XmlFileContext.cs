using System.Xml;

namespace Extract.Reading.Segments;

/// <summary>What the XML readers share while reading one file: the hardened parser, the limits, and the map from a
/// parser's line and column to an offset in the decoded text.</summary>
internal sealed class XmlFileContext
{
    private readonly List<int> _lineStarts = [0];

    public XmlFileContext(string text, string sourcePath, SegmentReaderOptions options)
    {
        Text = text;
        SourcePath = sourcePath;
        Options = options;
        for (var i = 0; i < text.Length; i++)
        {
            // XML counts CR LF, CR and LF each as one line break.
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public string SourcePath { get; }

    public SegmentReaderOptions Options { get; }

    /// <summary>A parser that resolves nothing outside the file and refuses a DTD's entities: only the five
    /// predefined entities and character references are decoded.</summary>
    public XmlReader CreateReader()
    {
        RefuseEntityDeclarations();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        return XmlReader.Create(new StringReader(Text), settings);
    }

    /// <summary>Offset in <see cref="Text"/> of a parser position (one-based line and column).</summary>
    public int Offset(int line, int column) =>
        line < 1 || line > _lineStarts.Count ? Text.Length : Math.Min(Text.Length, _lineStarts[line - 1] + Math.Max(0, column - 1));

    /// <summary>Offset of the <c>&lt;</c> of the element or end tag the reader stands on.</summary>
    public int TagStart(XmlReader reader)
    {
        var info = (IXmlLineInfo)reader;
        var nameAt = Offset(info.LineNumber, info.LinePosition);
        var start = Text.LastIndexOf('<', Math.Max(0, nameAt - 1));
        return start < 0 ? nameAt : start;
    }

    /// <summary>Offset just after the <c>&gt;</c> of the start tag the reader stands on.</summary>
    public int StartTagEnd(XmlReader reader)
    {
        var quote = '\0';
        for (var i = TagStart(reader); i < Text.Length; i++)
        {
            var c = Text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return Text.Length;
    }

    public static int LineOf(XmlReader reader) => ((IXmlLineInfo)reader).LineNumber;

    public void CheckDepth(XmlReader reader)
    {
        if (reader.Depth > Options.MaxNestingDepth)
        {
            throw Limit(reader, $"elements nest {reader.Depth:N0} levels deep, over the limit of {Options.MaxNestingDepth:N0}");
        }
    }

    public MalformedSegmentFileException Malformed(XmlReader reader, string problem)
    {
        var info = (IXmlLineInfo)reader;
        return new MalformedSegmentFileException(SourcePath, info.LineNumber, info.LinePosition, problem);
    }

    public MalformedSegmentFileException Malformed(XmlException error) =>
        new(SourcePath, error.LineNumber, error.LinePosition, $"the XML is not well formed: {WithoutPosition(error.Message)}", error);

    // The parser ends its messages with the position, which the exception states already.
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('.') && message.Contains(", position ", StringComparison.Ordinal) ? message[..at].TrimEnd() : message;
    }

    public SegmentLimitException Limit(XmlReader reader, string problem) => new(SourcePath, LineOf(reader), problem);

    // A DTD may declare entities that expand to gigabytes ("billion laughs"); no translator's file needs one.
    private void RefuseEntityDeclarations()
    {
        var root = Text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (root < 0)
        {
            return;
        }

        var declaration = Text.IndexOf("<!ENTITY", root, StringComparison.Ordinal);
        if (declaration >= 0)
        {
            var line = 1 + _lineStarts.Count(s => s <= declaration) - 1;
            var column = declaration - _lineStarts[line - 1] + 1;
            throw new MalformedSegmentFileException(SourcePath, line, column, "the file declares entities in a DTD; entity declarations are refused, since they can expand without bound");
        }
    }
}
