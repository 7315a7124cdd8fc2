namespace Extract.Reporting;

/// <summary>Escapes text for HTML element content and quoted attribute values: <c>&amp; &lt; &gt; " '</c> become
/// character references; every other character, Chinese included, is written as is (the page is UTF-8).</summary>
internal static class HtmlText
{
    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny("&<>\"'");
            if (next < 0)
            {
                output.Write(text);
                return;
            }

            output.Write(text[..next]);
            output.Write(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }
    }

    public static string Escape(string text)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(output, text);
        return output.ToString();
    }
}
