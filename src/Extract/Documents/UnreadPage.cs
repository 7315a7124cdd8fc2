namespace Extract.Documents;

/// <summary>A page of the input that could not be read and is missing from the document's text.</summary>
/// <param name="Page">The one-based physical page.</param>
/// <param name="Reason">Why it could not be read, in a sentence.</param>
public sealed record UnreadPage(int Page, string Reason);
