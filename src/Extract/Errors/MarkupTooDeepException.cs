namespace Extract;

/// <summary>A page or a Word document nests its elements deeper than the configured limit (see
/// <see cref="Reading.Html.HtmlReader.MaxNestingDepth"/> and <see cref="Reading.Word.WordReader.MaxNestingDepth"/>);
/// such files are hostile or broken, and reading them would cost time out of all proportion to their text.</summary>
public sealed class MarkupTooDeepException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public MarkupTooDeepException(string sourcePath, int depth, int limit)
        : base(sourcePath, $"the markup nests elements at least {depth:N0} levels deep, over the limit of {limit:N0}")
    {
        Depth = depth;
        Limit = limit;
    }

    /// <summary>The nesting depth found (at least this deep: the scan stops at the first level over the limit).</summary>
    public int Depth { get; }

    /// <summary>The limit in force.</summary>
    public int Limit { get; }
}
