namespace Extract.Reading.Pdf.Content;

/// <summary>What a page's content streams drew, for layout and the text-layer checks.</summary>
internal sealed class PageContent
{
    public List<TextGlyph> Glyphs { get; } = [];

    /// <summary>How many text-showing operators ran.</summary>
    public int TextOperators { get; set; }

    /// <summary>How many images (XObjects and inline) were drawn.</summary>
    public int Images { get; set; }

    /// <summary>Codes shown whose text is unknown, a control character or private use.</summary>
    public int UnusableCodes { get; set; }

    /// <summary>Codes shown in all.</summary>
    public int Codes { get; set; }
}
