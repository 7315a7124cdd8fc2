using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extract.Reading.Html;

/// <summary>Finds the date a page says its article was published: from the metadata CMSs write
/// (<c>&lt;meta name="PubDate"&gt;</c>, <c>article:published_time</c>, …), a <c>&lt;time datetime&gt;</c> element, or a
/// labelled line (<c>发布时间：2020-04-28</c>, <c>Published: July 29, 2024</c>).</summary>
internal static partial class PublicationDateFinder
{
    private static readonly string[] MetaNames =
    [
        "pubdate", "publishdate", "publish-date", "publish_date", "publishtime", "firstpublishedtime", "articlepublishdate",
        "article:published_time", "og:published_time", "og:article:published_time", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.issued", "date", "maketime",
    ];

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The publication date the page states, or <see langword="null"/>.</summary>
    public static DateOnly? Find(IDocument document, IElement? content)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? Enumerable.Empty<IElement>())
        {
            var name = (meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop"))?.ToLowerInvariant();
            if (name is not null && Array.IndexOf(MetaNames, name) >= 0 && Parse(meta.GetAttribute("content")) is { } fromMeta)
            {
                return fromMeta;
            }
        }

        var scope = content?.ParentElement ?? document.Body;
        var time = scope?.QuerySelector("time[datetime]") ?? document.Body?.QuerySelector("time[datetime]");
        if (time is not null && Parse(time.GetAttribute("datetime")) is { } fromTime)
        {
            return fromTime;
        }

        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        foreach (var text in body.GetDescendants().OfType<IText>())
        {
            var data = text.Data;
            if (data.Length > 300 || text.ParentElement is { } parent && PageChrome.IsSkipped(parent))
            {
                continue;
            }

            var match = DateLabel().Match(data);
            if (match.Success && Parse(data[(match.Index + match.Length)..]) is { } fromLabel)
            {
                return fromLabel;
            }
        }

        return null;
    }

    /// <summary>Reads the first date in <paramref name="text"/>: <c>2020-04-28</c>, <c>2020年4月28日</c>,
    /// <c>2024.04.25</c>, <c>2024/7/29</c>, <c>July 29, 2024</c>, <c>29 July 2024</c>.</summary>
    internal static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            return Make(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value);
        }

        var english = EnglishDate().Match(text);
        if (english.Success)
        {
            var month = Array.IndexOf(Months, english.Groups["month"].Value.ToLowerInvariant()) + 1;
            return month > 0 ? Make(english.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), english.Groups["d"].Value) : null;
        }

        return null;
    }

    // Digits are ASCII or full-width (２０１９年); no other script's digits are matched, so each parses.
    private static DateOnly? Make(string year, string month, string day)
    {
        var y = Quantities.DigitNumber.ValueOf(year);
        var m = Quantities.DigitNumber.ValueOf(month);
        var d = Quantities.DigitNumber.ValueOf(day);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    // The page's own update dates (更新日期, Updated, Last modified) are not publication dates.
    [GeneratedRegex(@"(发布时间|发布日期|发稿时间|成文日期|(?<!更新|修改|维护)日期|(?<!更新|修改|维护)时间|Published|Publication\s+Date|Release\s+Date|(?<!Modified\s|Update\s)Date)\s*[:：]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^\s*(?<y>(19|20|１９|２０)[0-9０-９][0-9０-９])\s*[-年./]\s*(?<m>[0-9０-９]{1,2})\s*[-月./]\s*(?<d>[0-9０-９]{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^\s*((?<month>[A-Za-z]+)\.?\s+(?<d>[0-9０-９]{1,2}),?\s+(?<y>(19|20|１９|２０)[0-9０-９][0-9０-９])|(?<d>[0-9０-９]{1,2})\s+(?<month>[A-Za-z]+)\.?,?\s+(?<y>(19|20|１９|２０)[0-9０-９][0-9０-９]))", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDate();
}
