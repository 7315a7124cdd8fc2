namespace Extract.Reading.Pdf;

/// <summary>A string object: bytes, whose meaning depends on where it is used (font codes, text strings).</summary>
internal sealed class PdfString(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; set; } = bytes;

    /// <summary>The string as a text string (7.9.2.2): UTF-16BE with a byte order mark, UTF-8 with one, or
    /// PDFDocEncoding (read as Latin-1, which it matches for text that matters here).</summary>
    public string ToText()
    {
        var b = Bytes;
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return System.Text.Encoding.BigEndianUnicode.GetString(b, 2, b.Length - 2);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return System.Text.Encoding.UTF8.GetString(b, 3, b.Length - 3);
        }

        return System.Text.Encoding.Latin1.GetString(b);
    }
}
