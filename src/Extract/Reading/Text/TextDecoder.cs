using System.Text;
using Extract.Documents;

namespace Extract.Reading.Text;

/// <summary>Turns the bytes of a text file into a string: UTF-8 and UTF-16 with or without a byte order mark,
/// UTF-32 with one, and GB18030 (which includes GBK and GB2312) for Chinese files that are not Unicode.</summary>
/// <remarks>Every decoder is strict: a byte sequence that is not valid in the encoding makes it fail instead of
/// producing replacement characters, so a wrong guess is caught rather than turned into mojibake.</remarks>
public static class TextDecoder
{
    /// <summary>The code page of GB18030, a superset of GBK and GB2312.</summary>
    public const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, detecting the encoding.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="sourcePath">The file's path or name, for error messages.</param>
    /// <returns>The text and the encoding that was found.</returns>
    /// <exception cref="EmptyDocumentException">No bytes, or only a byte order mark.</exception>
    /// <exception cref="BinaryContentException">The bytes are not text.</exception>
    /// <exception cref="UnknownEncodingException">The bytes are text in none of the supported encodings.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string sourcePath)
    {
        var (encoding, bomLength) = DetectByteOrderMark(bytes);
        if (encoding is null)
        {
            encoding = DetectUtf16WithoutMark(bytes);
        }

        var body = bytes[bomLength..];
        if (body.IsEmpty)
        {
            throw new EmptyDocumentException(sourcePath);
        }

        if (encoding is null && body.Contains((byte)0))
        {
            throw new BinaryContentException(sourcePath, "the file holds NUL bytes: it is binary data, not text");
        }

        string text;
        if (encoding is not null)
        {
            text = DecodeStrict(encoding, body, sourcePath);
        }
        else if (TryDecode(StrictUtf8, body, out var utf8))
        {
            encoding = StrictUtf8;
            text = utf8;
        }
        else
        {
            var gb18030 = GetGb18030();
            if (!TryDecode(gb18030, body, out var chinese) || !LooksLikeChinese(chinese))
            {
                throw new UnknownEncodingException(
                    sourcePath,
                    "the bytes are not valid UTF-8, UTF-16 or GB18030 text; convert the file to UTF-8");
            }

            encoding = gb18030;
            text = chinese;
        }

        CheckIsText(text, sourcePath);
        return new DecodedText(text, encoding);
    }

    /// <summary>The strict GB18030 encoding (throws on invalid bytes).</summary>
    public static Encoding GetGb18030() =>
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("The GB18030 code page is not available on this platform.");

    private static (Encoding? Encoding, int BomLength) DetectByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (StrictUtf8, 3);
        }

        if (bytes is [0xFF, 0xFE, 0x00, 0x00, ..])
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (bytes is [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    // UTF-16 without a mark shows itself by NUL bytes on one side of the pairs (the high byte of ASCII characters).
    private static UnicodeEncoding? DetectUtf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }

            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs / 5 && evenZeros * 20 < oddZeros)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        if (evenZeros > pairs / 5 && oddZeros * 20 < evenZeros)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        }

        return null;
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string sourcePath)
    {
        if (TryDecode(encoding, bytes, out var text))
        {
            return text;
        }

        throw new UnknownEncodingException(sourcePath, $"the bytes are not valid {encoding.WebName} although the file looks like it");
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    // GB18030 maps almost any byte sequence to something; real Chinese text decodes to Han characters and CJK
    // punctuation, not to a scatter of rare symbols.
    private static bool LooksLikeChinese(string text)
    {
        int nonAscii = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            if (Scripts.IsHan(c) || Scripts.IsCjkPunctuationOrFullWidth(c))
            {
                cjk++;
            }
        }

        return nonAscii == 0 || cjk * 10 >= nonAscii * 9;
    }

    private static void CheckIsText(string text, string sourcePath)
    {
        var (control, visible) = CountControlCharacters(text);
        if (visible == 0)
        {
            throw new EmptyDocumentException(sourcePath, "the document holds only white space");
        }

        if (control * 100 > visible)
        {
            throw new BinaryContentException(sourcePath, $"{control:N0} control characters among {visible:N0} visible ones: this is binary data, not text");
        }
    }

    /// <summary>The control characters (other than line breaks, tabs and form feeds) and the visible characters of
    /// <paramref name="text"/>: binary data decoded as text shows itself by the first.</summary>
    internal static (int Control, int Visible) CountControlCharacters(ReadOnlySpan<char> text)
    {
        int control = 0, visible = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
            }
        }

        return (control, visible);
    }
}

/// <summary>Text decoded from bytes and the encoding it was found to be in.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Encoding">The encoding used.</param>
public sealed record DecodedText(string Text, Encoding Encoding);
