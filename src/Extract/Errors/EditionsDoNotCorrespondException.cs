namespace Extract;

/// <summary>Two documents given as the Chinese and the English edition of one publication share too few figures
/// to be translations of each other.</summary>
public sealed class EditionsDoNotCorrespondException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public EditionsDoNotCorrespondException(string chinesePath, string englishPath, double correspondence, double minimum)
        : base(chinesePath, $"this document and {englishPath} do not correspond: they share {correspondence:P0} of their figures (translations share {minimum:P0} or more), so they are not editions of one publication")
    {
        EnglishPath = englishPath;
        Correspondence = correspondence;
    }

    /// <summary>The English document's path.</summary>
    public string EnglishPath { get; }

    /// <summary>The share of figures the two documents have in common (0 to 1).</summary>
    public double Correspondence { get; }
}
