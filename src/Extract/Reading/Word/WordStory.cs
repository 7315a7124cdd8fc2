namespace Extract.Reading.Word;

/// <summary>The part of a Word document a piece of text belongs to.</summary>
public enum WordStory
{
    /// <summary>A paragraph of the body.</summary>
    Body = 0,

    /// <summary>A cell of a table.</summary>
    Table = 1,

    /// <summary>A footnote.</summary>
    Footnote = 2,

    /// <summary>An endnote.</summary>
    Endnote = 3,

    /// <summary>A text box or shape anchored in a body paragraph.</summary>
    TextBox = 4,
}
