using Extract.Documents;

namespace Extract;

/// <summary>Two documents given as the Chinese and the English edition are in the same language.</summary>
public sealed class SameLanguageException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public SameLanguageException(string firstPath, string secondPath, Language language)
        : base(firstPath, $"this document and {secondPath} are both {Describe(language)}: one Chinese and one English edition are needed")
    {
        SecondPath = secondPath;
        Language = language;
    }

    /// <summary>The other document's path.</summary>
    public string SecondPath { get; }

    /// <summary>The language both are in.</summary>
    public Language Language { get; }

    private static string Describe(Language language) => language == Language.Neutral ? "without Chinese or English text" : language.ToString();
}
