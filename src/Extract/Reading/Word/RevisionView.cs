namespace Extract.Reading.Word;

/// <summary>Which text of a document with tracked changes is read.</summary>
public enum RevisionView
{
    /// <summary>The document as it would print with every change accepted: insertions kept, deletions dropped.</summary>
    Final = 0,

    /// <summary>The document as it was before the changes: deletions kept, insertions dropped.</summary>
    Original = 1,
}
