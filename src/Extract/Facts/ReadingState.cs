namespace Extract.Facts;

/// <summary>What one sentence leaves to the next while a document is read: the period of its section, the subject of
/// a sentence the next one continues, and the last fact (for <c>another 6</c>).</summary>
internal sealed class ReadingState(int? documentYear, int? reportingYear = null)
{
    /// <summary>The year the document speaks from, for relative periods.</summary>
    public int? DocumentYear { get; } = documentYear;

    /// <summary>The year the document reports on (named in its title), the period of a figure nothing else dates.</summary>
    public int? ReportingYear { get; } = reportingYear;

    /// <summary>The period stated last in the section (<c>In 2019,</c> at the head of a paragraph).</summary>
    public Period? Period { get; set; }

    /// <summary>The subject of the last sentence, for a sentence that leaves its own out.</summary>
    public string? Subject { get; set; }

    /// <summary>The last fact read.</summary>
    public Fact? LastFact { get; set; }

    /// <summary>Forgets what a new section does not inherit.</summary>
    public void StartSection()
    {
        Period = null;
        Subject = null;
        LastFact = null;
    }
}
