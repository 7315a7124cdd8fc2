namespace Extract.Reading.Pdf.Fonts;

/// <summary>How a predefined CMap named by a Type0 font's <c>/Encoding</c> splits and decodes codes: the identity
/// CMaps, and the Chinese ones a producer may use without a ToUnicode map.</summary>
internal enum PredefinedCMap
{
    /// <summary>Not predefined: an embedded CMap stream.</summary>
    None,

    /// <summary><c>Identity-H</c>/<c>Identity-V</c>: two-byte codes that are CIDs, with no text of their own.</summary>
    Identity,

    /// <summary><c>UniGB-UCS2-*</c>, <c>UniGB-UTF16-*</c>: two-byte UTF-16 code units.</summary>
    Utf16,

    /// <summary><c>GBK-EUC-*</c>, <c>GB-EUC-*</c>, <c>GBKp-EUC-*</c>, <c>GBK2K-*</c>: one byte below 0x80, else two,
    /// decoded through the GBK code page.</summary>
    Gbk,
}
