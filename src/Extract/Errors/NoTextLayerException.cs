namespace Extract;

/// <summary>The PDF holds no text, only images: a scan that needs optical character recognition.</summary>
public sealed class NoTextLayerException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="pages">How many pages the file has.</param>
    public NoTextLayerException(string sourcePath, int pages)
        : base(sourcePath, $"the PDF has no text layer: its {pages} page(s) hold images but no text (a scan?)")
    {
        Pages = pages;
    }

    /// <summary>How many pages the file has.</summary>
    public int Pages { get; }
}
