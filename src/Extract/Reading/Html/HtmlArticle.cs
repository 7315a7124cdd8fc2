using Extract.Documents;

namespace Extract.Reading.Html;

/// <summary>The article read from a web page: its <see cref="Document"/> (the article only, without the page around
/// it) and the publication date the page states.</summary>
/// <param name="Document">The article as a document; <see cref="Document.Source"/> is the page's markup and each
/// block's <see cref="SourceLocation.ElementPath"/> the CSS-style path of the element it came from.</param>
/// <param name="PublicationDate">The publication date from the page's metadata or byline, when it states one.</param>
public sealed record HtmlArticle(Document Document, DateOnly? PublicationDate);
