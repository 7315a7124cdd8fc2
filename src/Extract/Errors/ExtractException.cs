namespace Extract;

/// <summary>The base of every error Extract reports about its input: each names the file and the problem.</summary>
public abstract class ExtractException : Exception
{
    /// <summary>Creates the error for <paramref name="sourcePath"/>; the message starts with the path.</summary>
    protected ExtractException(string sourcePath, string problem, Exception? innerException = null)
        : base($"{sourcePath}: {problem}", innerException)
    {
        SourcePath = sourcePath;
        Problem = problem;
    }

    /// <summary>The path or name of the input concerned.</summary>
    public string SourcePath { get; }

    /// <summary>What is wrong, in a sentence, without the path.</summary>
    public string Problem { get; }
}
