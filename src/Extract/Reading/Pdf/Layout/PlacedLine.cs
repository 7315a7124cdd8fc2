namespace Extract.Reading.Pdf.Layout;

/// <summary>A line in reading order, with the column it was read in.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column on its page: a band and a side (bands of full-width lines have one side).</param>
internal sealed record PlacedLine(TextLine Line, (int Band, int Side) Column);
