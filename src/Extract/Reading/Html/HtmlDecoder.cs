using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Extract.Reading.Text;

namespace Extract.Reading.Html;

/// <summary>Turns the bytes of a page into its markup: the encoding comes from a byte order mark, else from the
/// charset the page declares in a <c>meta</c> element, else from the bytes themselves (UTF-8, UTF-16, GB18030 via
/// <see cref="TextDecoder"/>).</summary>
/// <remarks>Decoding is strict. A page whose bytes are not valid in the charset it declares (a GBK page that says
/// UTF-8, a UTF-8 page that says GB2312) is reported with <see cref="UnknownEncodingException"/> rather than read as
/// mojibake; only an incomplete character cut off at the very end (a truncated download) is forgiven.</remarks>
internal static class HtmlDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <exception cref="EmptyDocumentException">No bytes but white space.</exception>
    /// <exception cref="BinaryContentException">The bytes are an image, archive, PDF or other binary data.</exception>
    /// <exception cref="UnknownEncodingException">The bytes are not valid in the declared or any detected encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourcePath)
    {
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \t\r\n\f"u8) < 0)
        {
            throw new EmptyDocumentException(sourcePath, "the page is empty: it holds no markup and no text");
        }

        var binary = BinaryKind(bytes);
        if (binary is not null)
        {
            throw new BinaryContentException(sourcePath, $"the content is {binary}, not an HTML page");
        }

        if (bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            // A byte order mark overrides any declaration, as in browsers.
            return TextDecoder.Decode(bytes, sourcePath).Text;
        }

        var declared = MetaCharsetScanner.FindDeclaredCharset(bytes);
        if (declared is null)
        {
            return TextDecoder.Decode(bytes, sourcePath).Text;
        }

        if (bytes.Contains((byte)0))
        {
            throw new BinaryContentException(sourcePath, "the page holds NUL bytes: it is binary data, not text in the declared charset " + declared);
        }

        var encoding = EncodingFor(declared)
            ?? throw new UnknownEncodingException(sourcePath, $"the page declares the charset \"{declared}\", which cannot be read; convert the page to UTF-8");
        var text = DecodeDeclared(bytes, encoding, declared, sourcePath);
        CheckIsText(text, sourcePath);
        return text;
    }

    /// <summary>The strict encoding for a charset label (WHATWG labels: <c>gb2312</c> and <c>gbk</c> read as GB18030,
    /// their superset; <c>iso-8859-1</c> as windows-1252), or <see langword="null"/> for an unknown label.</summary>
    internal static Encoding? EncodingFor(string label)
    {
        switch (label)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "x-unicode20utf8":
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2":
                // A page whose bytes are ASCII-compatible cannot be UTF-16 whatever it says; browsers read UTF-8.
                return StrictUtf8;
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "chinese" or "csgb2312" or "csiso58gb231280" or "gb_2312"
                or "gb_2312-80" or "iso-ir-58" or "cp936" or "ms936" or "windows-936" or "euc-cn":
                return TextDecoder.GetGb18030();
            case "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "windows-1252" or "cp1252" or "iso8859-1" or "iso_8859-1":
                return CodePage(1252);
            case "big5" or "big5-hkscs" or "cn-big5" or "csbig5" or "x-x-big5":
                return CodePage(950);
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(label, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // .NET knows some labels it refuses to decode (UTF-7 is disabled for security): to a reader they are as
            // unknown as a made-up label.
            return null;
        }
    }

    private static Encoding? CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static string DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding encoding, string declared, string sourcePath)
    {
        var isUtf8 = encoding is UTF8Encoding;
        if (!isUtf8 && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0 && Utf8.IsValid(bytes))
        {
            // Multi-byte UTF-8 does not happen by accident in GBK or Latin text: the declaration is wrong, and reading
            // by it would produce mojibake.
            throw new UnknownEncodingException(sourcePath, $"the page declares the charset \"{declared}\" but its bytes are UTF-8; fix the declaration");
        }

        if (TryDecode(encoding, bytes, out var text, out var badByte))
        {
            return text;
        }

        // A download cut off in the middle of a character leaves an incomplete sequence at the very end.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (TryDecode(encoding, bytes[..^cut], out text, out _))
            {
                return text;
            }
        }

        var actually = !isUtf8 ? string.Empty
            : TryDecode(TextDecoder.GetGb18030(), bytes, out _, out _) ? " (they look like GBK/GB18030)" : string.Empty;
        throw new UnknownEncodingException(
            sourcePath,
            $"the page declares the charset \"{declared}\" but its bytes are not valid {encoding.WebName} (first bad byte at offset {badByte:N0}){actually}; fix the declaration or convert the page to UTF-8");
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text, out int badByte)
    {
        try
        {
            text = encoding.GetString(bytes);
            badByte = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = string.Empty;
            badByte = Math.Max(0, e.Index);
            return false;
        }
    }

    // Formats that are served by mistake under an .html name: say what they are.
    private static string? BinaryKind(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF file",
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "a ZIP archive (or an Office document)",
        [0x1F, 0x8B, ..] => "gzip-compressed data (a page saved without being decompressed)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document",
        _ => null,
    };

    private static void CheckIsText(string text, string sourcePath)
    {
        // Pages almost never hold a control character: look for one at vector speed before counting.
        if (text.AsSpan().IndexOfAny(ControlCharacters) < 0)
        {
            return;
        }

        var (control, visible) = Text.TextDecoder.CountControlCharacters(text);
        if (control * 100 > visible)
        {
            throw new BinaryContentException(sourcePath, $"{control:N0} control characters among {visible:N0} visible ones: this is binary data, not an HTML page");
        }
    }
}
