namespace Extract.Reading.Pdf.Layout;

/// <summary>A table found on a page: rows of cells, each cell the text of one or more lines.</summary>
/// <param name="Rows">The rows, top to bottom; cells left to right.</param>
/// <param name="Top">The baseline of its first row.</param>
/// <param name="Page">The one-based page.</param>
internal sealed record TableRegion(List<List<string>> Rows, double Top, int Page);
