namespace Extract;

/// <summary>A web page holds text, but all of it is page chrome (navigation, links, footer, counters): no article
/// was found to read.</summary>
public sealed class NoArticleTextException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public NoArticleTextException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }
}
