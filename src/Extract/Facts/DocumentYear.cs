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
