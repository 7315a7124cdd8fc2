using System.Globalization;
using System.Text;
using System.Xml;

namespace Extract.Reading.Segments;

/// <summary>The text of a segment element (<c>source</c>, <c>target</c>, <c>seg</c>) with its inline markup removed:
/// codes and placeholders (<c>x</c>, <c>ph</c>, <c>bpt</c>/<c>ept</c>, <c>it</c>, <c>sc</c>/<c>ec</c>, <c>ut</c>) are
/// dropped with their content, wrappers (<c>g</c>, <c>mrk</c>, <c>pc</c>, <c>hi</c>) keep their text, and
/// <c>&lt;mrk mtype="seg" mid="…"&gt;</c> marks the segments of SDLXLIFF.</summary>
/// <param name="Text">The whole text, entities and CDATA decoded.</param>
/// <param name="Marked">The text of each <c>mrk mtype="seg"</c>, by its mid, in order.</param>
internal sealed record XmlSegmentText(string Text, IReadOnlyList<(string Mid, string Text)> Marked)
{
    // Inline codes: their content is native markup (or a sub-flow), never text of the segment.
    private static readonly HashSet<string> Codes = ["x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "sm", "em", "ut", "sub"];

    /// <summary>Reads the element the reader stands on, to its end tag (the reader is left on that end tag).</summary>
    public static XmlSegmentText Read(XmlReader reader, XmlFileContext context)
    {
        var text = new StringBuilder();
        var marked = new List<(string, string)>();
        if (reader.IsEmptyElement)
        {
            return new XmlSegmentText(string.Empty, marked);
        }

        var depth = reader.Depth;
        StringBuilder? mark = null;
        string? mid = null;
        var (markDepth, codeDepth) = (-1, -1);
        while (reader.Read())
        {
            context.CheckDepth(reader);
            if (codeDepth >= 0)
            {
                // Inside a code: nothing counts until its end tag.
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == codeDepth)
                {
                    codeDepth = -1;
                }

                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    return new XmlSegmentText(text.ToString(), marked);
                case XmlNodeType.EndElement when reader.Depth == markDepth:
                    marked.Add((mid!, mark!.ToString()));
                    (mark, mid, markDepth) = (null, null, -1);
                    break;
                case XmlNodeType.Element when Codes.Contains(reader.LocalName):
                    codeDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                    break;
                case XmlNodeType.Element when reader.LocalName == "cp":
                    Append(CodePoint(reader.GetAttribute("hex")), text, mark, context, reader);
                    break;
                case XmlNodeType.Element when reader.LocalName == "mrk" && reader.GetAttribute("mtype") == "seg" && mark is null:
                    mid = reader.GetAttribute("mid") ?? (marked.Count + 1).ToString(CultureInfo.InvariantCulture);
                    if (reader.IsEmptyElement)
                    {
                        marked.Add((mid, string.Empty));
                        mid = null;
                    }
                    else
                    {
                        (mark, markDepth) = (new StringBuilder(), reader.Depth);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Append(reader.Value, text, mark, context, reader);
                    break;
            }
        }

        throw context.Malformed(reader, "the file ends inside a segment");
    }

    private static void Append(string value, StringBuilder text, StringBuilder? mark, XmlFileContext context, XmlReader reader)
    {
        text.Append(value);
        mark?.Append(value);
        if (text.Length > context.Options.MaxSegmentCharacters)
        {
            throw context.Limit(reader, $"a segment is longer than the limit of {context.Options.MaxSegmentCharacters:N0} characters");
        }
    }

    // XLIFF 2's <cp hex="..."/> stands for a character XML cannot hold; one that is no valid code point is dropped.
    private static string CodePoint(string? hex) =>
        int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
            ? char.ConvertFromUtf32(value)
            : string.Empty;
}
