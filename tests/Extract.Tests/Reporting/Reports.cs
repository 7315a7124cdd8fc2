using System.Collections.Immutable;
using System.Text;
using Extract.Alignment;
using Document = Extract.Documents.Document;
using Extract.Quantities;
using Extract.Reading;
using Extract.Reconciliation;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Tests.Reporting;

/// <summary>The reports the writers are tried on: the real 2019 white paper's, and one made in code whose paths,
/// sentences and messages hold the characters every format must escape.</summary>
internal static class Reports
{
    private static readonly Lazy<ConsistencyReport> WhitePaper = new(() =>
        new Reconciler().Reconcile(EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"))));

    /// <summary>The report on the 2019 white paper's two editions (computed once).</summary>
    public static ConsistencyReport WhitePaper2019 => WhitePaper.Value;

    /// <summary>The Chinese sentence of <see cref="Hazardous"/>.</summary>
    public const string ChineseSentence = "上海\"专利<申请>\"量达到17.36万件&同比增长15.54%。";

    /// <summary>The English sentence of <see cref="Hazardous"/>.</summary>
    public const string EnglishSentence = "Shanghai's \"patent <filings> & grants\" reached 17,360, up by 15.54%, a 'record'.";

    /// <summary>The message of the first discrepancy of <see cref="Hazardous"/>.</summary>
    public const string Message = "<script>alert(\"x\")</script> & 'quoted', a | pipe, *stars*, [link](http://example.com), line\nbreak";

    /// <summary>A report with two discrepancies, a scale slip (17.36万件 vs 17,360) and an omission (15.54%),
    /// whose document names, sentences and messages hold <c>&lt; &gt; &amp; " '</c>, commas, pipes, Markdown and a
    /// line break.</summary>
    public static ConsistencyReport Hazardous()
    {
        var zh = Read($"一、概况\n\n{ChineseSentence}\n", "zh <a&b> \"1\".txt");
        var en = Read($"I. Overview\n\n{EnglishSentence}\n", "en <a&b> '1'.txt");
        var editions = Editions.Pair(zh, en);
        var alignment = new EditionAligner().Align(editions);
        var zhFigures = FiguresOf(zh);
        var enFigures = FiguresOf(en);
        var zhScale = zhFigures.Single(f => f.Quantity.Text.StartsWith("17.36", StringComparison.Ordinal));
        var enScale = enFigures.Single(f => f.Quantity.Text.StartsWith("17,360", StringComparison.Ordinal));
        var zhPercent = zhFigures.Single(f => f.Quantity.Unit.Kind == UnitKind.Percent);
        return new ConsistencyReport(
            alignment,
            zhFigures,
            enFigures,
            [],
            [
                new Discrepancy(DiscrepancyKind.Scale, Severity.High, Message, zhScale, enScale, EditionSide.English),
                new Discrepancy(DiscrepancyKind.Omission, Severity.Medium, "Omitted: \"15.54%\" <b>&</b>", zhPercent, null, EditionSide.English),
            ]);
    }

    private static Document Read(string text, string name) =>
        new DocumentReader().Read(Encoding.UTF8.GetBytes(text), name);

    private static ImmutableArray<Figure> FiguresOf(Document document) =>
        [.. SentenceSplitter.Split(document).SelectMany(s => QuantityRecognizer.Recognize(s).Select(q => new Figure(q, s)))];
}
