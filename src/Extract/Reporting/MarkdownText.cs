namespace Extract.Reporting;

/// <summary>Writes text into Markdown (CommonMark with GitHub's tables) so that it reads as written: characters that
/// would start markup are escaped, and emphasis is set with <c>**</c> where CommonMark's flanking rules let it
/// close, with <c>&lt;strong&gt;</c> elsewhere (<c>28.13%**的</c> would not close).</summary>
internal static class MarkdownText
{
    /// <summary>Escapes <paramref name="text"/> as inline content: on one line, with nothing in it read as markup.</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> as a paragraph of its own: also what would start a heading, a quote,
    /// a list or a thematic break at the start of a line.</summary>
    public static string EscapeParagraph(string text)
    {
        var escaped = Escape(text).TrimStart();
        if (escaped.Length == 0)
        {
            return escaped;
        }

        if (escaped[0] is '#' or '-' or '+' or '=' or '>')
        {
            return "\\" + escaped;
        }

        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
        {
            digits++;
        }

        // "1. " and "1) " start an ordered list.
        return digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')' ? escaped[..digits] + "\\" + escaped[digits..] : escaped;
    }

    /// <summary><paramref name="text"/> with the part at <paramref name="start"/> of <paramref name="length"/> in
    /// bold, all of it escaped.</summary>
    public static string WithBold(string text, int start, int length)
    {
        var before = Escape(text.AsSpan(0, start));
        var bold = Escape(text.AsSpan(start, length));
        var after = Escape(text.AsSpan(start + length));
        if (bold.Length == 0)
        {
            return before + after;
        }

        var opens = Flanks(next: bold[0], previous: before.Length > 0 ? before[^1] : ' ');
        var closes = Flanks(next: bold[^1], previous: after.Length > 0 ? after[0] : ' ');
        return opens && closes ? $"{before}**{bold}**{after}" : $"{before}<strong>{bold}</strong>{after}";
    }

    // CommonMark: a ** run opens (closes) when the character inside it is not white space and is not punctuation
    // unless the character outside it is white space or punctuation.
    private static bool Flanks(char next, char previous) =>
        !char.IsWhiteSpace(next) && (!IsPunctuation(next) || char.IsWhiteSpace(previous) || IsPunctuation(previous));

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
