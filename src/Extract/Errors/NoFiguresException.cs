namespace Extract;

/// <summary>A document to reconcile states no figure at all, so there is nothing to compare.</summary>
public sealed class NoFiguresException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public NoFiguresException(string sourcePath)
        : base(sourcePath, "the document states no figure (no number with a unit), so there is nothing to compare")
    {
    }
}
