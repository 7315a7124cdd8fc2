using Extract.Documents;
using Extract.Reconciliation;

namespace Extract.Reporting;

/// <summary>Where a figure stands in its edition, for a person to find it there: the page, for an input with pages
/// (PDF), and the heading of its section, for every input.</summary>
internal static class FigurePlace
{
    /// <summary>The place of a figure of the Chinese edition.</summary>
    public static string? Chinese(ConsistencyReport report, Figure? figure) => Of(report.Alignment.Editions.Chinese, figure);

    /// <summary>The place of a figure of the English edition.</summary>
    public static string? English(ConsistencyReport report, Figure? figure) => Of(report.Alignment.Editions.English, figure);

    /// <summary>"p. 3, 二、知识产权保护", "p. 3", "二、知识产权保护", or <see langword="null"/> when nothing places it.</summary>
    public static string? Of(Document document, Figure? figure)
    {
        if (figure is null)
        {
            return null;
        }

        var index = figure.Sentence.BlockIndex;
        if (index < 0 || index >= document.Blocks.Length)
        {
            return null;
        }

        var page = document.Blocks[index].Location.Page is { } p ? $"p. {p}" : null;
        string? section = null;
        for (var i = index; i >= 0; i--)
        {
            if (document.Blocks[i] is Heading { Level: 1 } heading)
            {
                section = heading.Text.ReplaceLineEndings(" ");
                break;
            }
        }

        return (page, section) switch
        {
            ({ } pg, { } s) => $"{pg}, {s}",
            ({ } pg, null) => pg,
            (null, { } s) => s,
            _ => null,
        };
    }

    /// <summary>The pages of an edition that could not be read, with the reasons; <see langword="null"/> when every
    /// page was read.</summary>
    public static string? Unread(Document edition) =>
        edition.UnreadPages.IsEmpty ? null : string.Join("; ", edition.UnreadPages.Select(u => $"p. {u.Page} not read: {u.Reason}"));
}
