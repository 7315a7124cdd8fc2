namespace Extract;

/// <summary>A file of translation segments does not hold a Chinese and an English side: its target language is
/// not declared and cannot be told from the text, both sides are in one language, or a language is neither Chinese
/// nor English.</summary>
public sealed class SegmentLanguageException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public SegmentLanguageException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }
}
