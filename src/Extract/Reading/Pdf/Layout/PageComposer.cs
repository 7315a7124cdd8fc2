using Extract.Documents;

namespace Extract.Reading.Pdf.Layout;

internal static class PageComposer
{
    public static Document Compose(List<List<TextLine>> pages, string sourcePath) => throw new NotImplementedException();
}
