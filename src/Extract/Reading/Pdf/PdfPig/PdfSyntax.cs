namespace Extract.Reading.Pdf.PdfPig;

/// <summary>The lexical classes of PDF bytes (ISO 32000-1 7.2), for the scans that read a file or a stream before
/// PdfPig does.</summary>
internal static class PdfSyntax
{
    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Whether <paramref name="b"/> ends a token: white space or a delimiter.</summary>
    public static bool IsEnd(byte b) => IsWhite(b) || IsDelimiter(b);

    /// <summary>Where the literal string opened at <paramref name="open"/> closes (balanced parentheses, backslash
    /// escapes), or the data's length when it does not.</summary>
    public static int StringEnd(ReadOnlySpan<byte> data, int open)
    {
        var depth = 0;
        for (var i = open; i < data.Length; i++)
        {
            switch (data[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return data.Length;
    }
}
