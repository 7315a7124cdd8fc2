using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Says in a sentence what an exception raised by PdfPig means for the file, and turns encryption failures
/// into their typed errors.</summary>
internal static class PdfPigErrors
{
    public static string Describe(Exception e) => e switch
    {
        PdfLimitException => e.Message,
        PdfDocumentStackDepthException => "objects or graphics states nested deeper than the limit (" + e.Message + ")",
        PdfDocumentFormatException => "broken structure (" + e.Message + ")",
        InvalidFontFormatException => "a broken font program (" + e.Message + ")",
        CorruptCompressedDataException => "corrupt compressed data (" + e.Message + ")",
        NotImplementedException or NotSupportedException => "a feature the PDF library does not support (" + e.Message + ")",
        _ => "unreadable structure (" + e.GetType().Name + ": " + e.Message + ")",
    };

    public static ExtractException Encryption(PdfDocumentEncryptedException e, string sourcePath, bool passwordGiven) =>
        e.Message.Contains("password", StringComparison.OrdinalIgnoreCase)
            ? new PasswordRequiredException(sourcePath, passwordGiven)
            : new EncryptedDocumentException(sourcePath, "the PDF's encryption is not supported (" + e.Message + ")");
}
