using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Extract.Reading.Word;

/// <summary>Checks, before the Open XML SDK opens it, that a file is a Word document within the limits: says what
/// it is when it is another kind of office file, refuses XML parts declared larger than the limit (zip bombs), and
/// reads the package's content types to find its main part.</summary>
internal static class PackageInspector
{
    private const string Remedy = "open it in Word or LibreOffice, save it as a Word document (.docx) and read that";

    private static readonly (string ContentType, string Kind)[] MainParts =
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", ""),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", ""),
        ("application/vnd.ms-word.document.macroEnabled.main+xml", ""),
        ("application/vnd.ms-word.template.macroEnabledTemplate.main+xml", ""),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "an Excel workbook (.xlsx)"),
        ("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "an Excel workbook (.xlsm)"),
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "a PowerPoint presentation (.pptx)"),
        ("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", "a PowerPoint presentation (.pptm)"),
        ("application/vnd.ms-visio.drawing.main+xml", "a Visio drawing (.vsdx)"),
    ];

    /// <summary>Refuses a compound file, saying what it is.</summary>
    public static ExtractException DescribeCompoundFile(ReadOnlySpan<byte> content, string sourcePath)
    {
        // Stream names stand in the directory in UTF-16.
        if (Contains(content, "EncryptedPackage"))
        {
            return new EncryptedDocumentException(sourcePath, "the Word document is encrypted with a password (an encrypted .docx); remove the password in Word (File, Info, Protect Document) and save it again");
        }

        if (Contains(content, "WordDocument"))
        {
            return new WrongDocumentKindException(sourcePath, "a Word 97-2003 document (.doc)", Remedy);
        }

        if (Contains(content, "Workbook"))
        {
            return new WrongDocumentKindException(sourcePath, "an Excel 97-2003 workbook (.xls)", "save the text as a Word document (.docx) and read that");
        }

        if (Contains(content, "PowerPoint Document"))
        {
            return new WrongDocumentKindException(sourcePath, "a PowerPoint 97-2003 presentation (.ppt)", "save the text as a Word document (.docx) and read that");
        }

        return new WrongDocumentKindException(sourcePath, "a compound file (OLE) that holds no Word document", "give the document as .docx");
    }

    public static ExtractException DescribeRtf(string sourcePath) =>
        new WrongDocumentKindException(sourcePath, "a Rich Text Format document (.rtf)", Remedy);

    /// <summary>Checks the zip archive: an OpenDocument file or a package of another kind is refused, saying what it
    /// is; an XML part declared larger than <paramref name="maxPartBytes"/> is refused as a zip bomb.</summary>
    public static void Inspect(Stream stream, string sourcePath, long maxPartBytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new MalformedWordDocumentException(sourcePath, "the file starts as a zip archive but its directory cannot be read", null, e);
        }

        try
        {
            // The central directory is read on first use, not by the constructor: a damaged one fails here.
            _ = archive.Entries.Count;
        }
        catch (InvalidDataException e)
        {
            archive.Dispose();
            throw new MalformedWordDocumentException(sourcePath, "the file starts as a zip archive but its directory cannot be read", null, e);
        }

        using (archive)
        {
            if (archive.GetEntry("mimetype") is { } mimetype)
            {
                throw DescribeOpenDocument(ReadSmall(mimetype, sourcePath), sourcePath);
            }

            foreach (var entry in archive.Entries)
            {
                var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                if (isXml && entry.Length > maxPartBytes)
                {
                    throw new PartTooLargeException(sourcePath, "/" + entry.FullName, entry.Length, maxPartBytes);
                }
            }

            var types = archive.GetEntry("[Content_Types].xml")
                ?? throw new WrongDocumentKindException(sourcePath, "a zip archive that holds no Word document (it has no [Content_Types].xml)", "give the document as .docx");
            var kind = MainKind(types, sourcePath, maxPartBytes);
            if (kind is null)
            {
                throw new WrongDocumentKindException(sourcePath, "an Open Packaging file that holds no Word document", "give the document as .docx");
            }

            if (kind.Length > 0)
            {
                throw new WrongDocumentKindException(sourcePath, kind, "save the text as a Word document (.docx) and read that");
            }
        }
    }

    private static ExtractException DescribeOpenDocument(string mimetype, string sourcePath) => mimetype.Trim() switch
    {
        "application/vnd.oasis.opendocument.text" => new WrongDocumentKindException(sourcePath, "an OpenDocument text (.odt)", "open it in LibreOffice or Word, save it as a Word document (.docx) and read that"),
        "application/vnd.oasis.opendocument.spreadsheet" => new WrongDocumentKindException(sourcePath, "an OpenDocument spreadsheet (.ods)", "save the text as a Word document (.docx) and read that"),
        "application/vnd.oasis.opendocument.presentation" => new WrongDocumentKindException(sourcePath, "an OpenDocument presentation (.odp)", "save the text as a Word document (.docx) and read that"),
        var other when other.StartsWith("application/epub", StringComparison.Ordinal) => new WrongDocumentKindException(sourcePath, "an EPUB book", "give the document as .docx"),
        _ => new WrongDocumentKindException(sourcePath, "a zip archive that holds no Word document", "give the document as .docx"),
    };

    // The kind named by the main part's content type: "" for a Word document, a description for another kind,
    // null when none is known.
    private static string? MainKind(ZipArchiveEntry types, string sourcePath, long maxPartBytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxPartBytes,
        };
        try
        {
            using var stream = types.Open();
            using var reader = XmlReader.Create(stream, settings);
            string? other = null;
            while (reader.Read())
            {
                // System.IO.Packaging declares the first part of an extension by a Default, not an Override.
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Override" or "Default" && reader.GetAttribute("ContentType") is { } contentType)
                {
                    foreach (var (type, kind) in MainParts)
                    {
                        if (string.Equals(contentType, type, StringComparison.OrdinalIgnoreCase))
                        {
                            if (kind.Length == 0)
                            {
                                return kind;
                            }

                            other ??= kind;
                        }
                    }
                }
            }

            return other;
        }
        catch (XmlException e)
        {
            throw new MalformedWordDocumentException(sourcePath, "the package's content types do not parse: " + e.Message, "/[Content_Types].xml", e);
        }
        catch (InvalidDataException e)
        {
            throw new MalformedWordDocumentException(sourcePath, "the package's content types cannot be decompressed", "/[Content_Types].xml", e);
        }
    }

    private static string ReadSmall(ZipArchiveEntry entry, string sourcePath)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[256];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return Encoding.ASCII.GetString(buffer, 0, length);
        }
        catch (InvalidDataException e)
        {
            throw new MalformedWordDocumentException(sourcePath, "the archive's mimetype entry cannot be read", "/mimetype", e);
        }
    }

    private static bool Contains(ReadOnlySpan<byte> content, string name)
    {
        Span<byte> pattern = stackalloc byte[name.Length * 2];
        Encoding.Unicode.GetBytes(name, pattern);
        return content.IndexOf(pattern) >= 0;
    }
}
