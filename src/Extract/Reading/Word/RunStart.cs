namespace Extract.Reading.Word;

/// <summary>Where a run's text starts in the text read from its paragraph.</summary>
/// <param name="Offset">Offset in <see cref="ParagraphText.Text"/>.</param>
/// <param name="Paragraph">The one-based paragraph in the body, or inside its cell, note or text box.</param>
/// <param name="Run">The one-based run; 0 for a numbering label.</param>
internal readonly record struct RunStart(int Offset, int Paragraph, int Run);
