using System.Globalization;
using System.Xml;
using Extract.Alignment;

namespace Extract.Reporting;

/// <summary>Exports the sentence alignment of two editions for reuse: as a TMX 1.4b translation memory (one
/// <c>tu</c> per sentence link, Chinese and English variants) or as a tab-separated table (Chinese, English). Links
/// with a side missing (an untranslated or added sentence) are left out: a memory holds translations.</summary>
public static class AlignmentWriter
{
    /// <summary>Writes the alignment as TMX 1.4b.</summary>
    /// <param name="alignment">The alignment.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="chineseTag">The language tag of the Chinese variants.</param>
    /// <param name="englishTag">The language tag of the English variants.</param>
    public static void WriteTmx(EditionAlignment alignment, TextWriter output, string chineseTag = "zh-CN", string englishTag = "en-US")
    {
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", CheckCharacters = true };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", "Extract");
        xml.WriteAttributeString("creationtoolversion", typeof(AlignmentWriter).Assembly.GetName().Version?.ToString(3) ?? "0");
        xml.WriteAttributeString("segtype", "sentence");
        xml.WriteAttributeString("o-tmf", "Extract");
        xml.WriteAttributeString("adminlang", "en-US");
        xml.WriteAttributeString("srclang", chineseTag);
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        var number = 0;
        foreach (var (chinese, english) in Pairs(alignment))
        {
            xml.WriteStartElement("tu");
            xml.WriteAttributeString("tuid", (++number).ToString(CultureInfo.InvariantCulture));
            WriteVariant(xml, chineseTag, chinese);
            WriteVariant(xml, englishTag, english);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Writes the alignment as a tab-separated table with a header row: <c>zh</c>, <c>en</c>. Tabs and line
    /// breaks inside a sentence become spaces.</summary>
    public static void WriteTsv(EditionAlignment alignment, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("zh\ten\n");
        foreach (var (chinese, english) in Pairs(alignment))
        {
            output.Write(Cell(chinese));
            output.Write('\t');
            output.Write(Cell(english));
            output.Write('\n');
        }
    }

    private static IEnumerable<(string Chinese, string English)> Pairs(EditionAlignment alignment) =>
        alignment.SentenceLinks
            .Where(l => !l.Chinese.IsEmpty && !l.English.IsEmpty)
            .Select(l => (string.Concat(l.Chinese.Select(s => s.Text)), string.Join(" ", l.English.Select(s => s.Text))));

    private static void WriteVariant(XmlWriter xml, string tag, string text)
    {
        xml.WriteStartElement("tuv");
        xml.WriteAttributeString("xml", "lang", null, tag);
        xml.WriteElementString("seg", text);
        xml.WriteEndElement();
    }

    private static string Cell(string text) => text.Replace('\t', ' ').ReplaceLineEndings(" ");
}
