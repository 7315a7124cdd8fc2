namespace Extract.Reading.Pdf.Layout;

internal static class RunningLines
{
    public static void Remove(List<List<TextLine>> pages)
    {
    }
}
