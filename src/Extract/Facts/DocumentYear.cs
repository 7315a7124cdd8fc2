using System.Text.RegularExpressions;
using Extract.Documents;

namespace Extract.Facts;

/// <summary>Reads the year a document speaks from: the year in its title (<c>2019年上海知识产权白皮书</c>,
/// <c>… in the Year 2019</c>), else the year of a date near its top (<c>2024.04.25</c>, <c>date 2024-04-25</c>).
/// Relative periods (<c>Last year</c>, 全年) are resolved against it.</summary>
internal static partial class DocumentYear
{
    // The first blocks, where a date line stands when there is one.
    private const int HeadBlocks = 6;

    // Words of a title that make it a report on the year it names, rather than a dated item about earlier figures.
    private static readonly string[] ReportWords = ["白皮书", "报告", "年报", "年度", "white paper", "report", "in the year", "annual", "yearbook"];

    /// <summary>The year the document reports on: the year its title names, when the title reads as a report on a
    /// year (2019年上海知识产权白皮书, <c>… in the Year 2019</c>); <see langword="null"/> otherwise. A date line is not
    /// enough: a press release of 2024-04-25 reports on 2023.</summary>
    public static int? ReadReportingYear(Document document)
    {
        if (document.Title is not { } title || Year(title) is not { } year)
        {
            return null;
        }

        foreach (var word in ReportWords)
        {
            if (title.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return year;
            }
        }

        return null;
    }

    public static int? Read(Document document)
    {
        if (document.Title is { } title && Year(title) is { } fromTitle)
        {
            return fromTitle;
        }

        foreach (var block in document.Blocks.Take(HeadBlocks))
        {
            var match = DatePattern().Match(block.Text);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static int? Year(string text)
    {
        var match = YearPattern().Match(text);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})\s*[-./年]\s*[01]?[0-9](?![0-9])")]
    private static partial Regex DatePattern();
}
