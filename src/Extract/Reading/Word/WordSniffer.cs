using System.Text;

namespace Extract.Reading.Word;

/// <summary>Tells Word documents and their relatives from their first bytes: an Open Packaging zip (its first entry
/// is <c>[Content_Types].xml</c>, <c>_rels/</c> or a part such as <c>word/document.xml</c> or <c>xl/workbook.xml</c>),
/// an OpenDocument zip (its first entry is <c>mimetype</c>), a compound file, RTF. Other zip files (a jar, a plain
/// archive) are not claimed, unless their name says .docx.</summary>
internal static class WordSniffer
{
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> CompoundSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> RtfSignature => "{\\rtf"u8;

    // System.IO.Packaging writes [Content_Types].xml last: the first entry is then a part, such as word/document.xml.
    private static readonly string[] PackageEntryPrefixes = ["[Content_Types].xml", "_rels/", "word/", "docProps/", "customXml/", "xl/", "ppt/", "visio/"];

    private static readonly string[] WordExtensions = [".docx", ".docm", ".dotx", ".dotm", ".odt", ".doc", ".rtf"];

    public static WordFileKind Classify(ReadOnlySpan<byte> head, string? sourcePath)
    {
        if (head.StartsWith(CompoundSignature))
        {
            return WordFileKind.CompoundFile;
        }

        if (head.StartsWith(RtfSignature))
        {
            return WordFileKind.Rtf;
        }

        if (!head.StartsWith(ZipLocalHeader))
        {
            return WordFileKind.None;
        }

        var entry = FirstEntryName(head);
        if (entry == "mimetype")
        {
            return WordFileKind.OpenDocument;
        }

        if (entry is not null && PackageEntryPrefixes.Any(p => entry.StartsWith(p, StringComparison.Ordinal)))
        {
            return WordFileKind.OpenPackage;
        }

        // A producer that writes its entries in another order: the name still tells.
        return sourcePath is not null && WordExtensions.Any(e => sourcePath.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            ? WordFileKind.OpenPackage
            : WordFileKind.None;
    }

    // The local file header: signature, 22 bytes of versions, flags, sizes and CRC, name length at 26, extra
    // length at 28, the name at 30.
    private static string? FirstEntryName(ReadOnlySpan<byte> head)
    {
        if (head.Length < 30)
        {
            return null;
        }

        var nameLength = head[26] | (head[27] << 8);
        return head.Length < 30 + nameLength ? null : Encoding.UTF8.GetString(head.Slice(30, nameLength));
    }
}
