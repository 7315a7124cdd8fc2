namespace Extract;

/// <summary>The PDF draws text, but its fonts give no way to the characters (no ToUnicode map, codes that are glyph
/// identifiers): what it would yield is garbage, so nothing is passed on.</summary>
public sealed class UnusableTextLayerException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="page">The first page whose text cannot be decoded.</param>
    /// <param name="problem">What is wrong with the text layer.</param>
    public UnusableTextLayerException(string sourcePath, int page, string problem)
        : base(sourcePath, $"the PDF's text layer is unusable (page {page}): {problem}")
    {
        Page = page;
    }

    /// <summary>The first page whose text cannot be decoded.</summary>
    public int Page { get; }
}
