using Extract.Documents;
using Extract.Reading.Segments;
using Extract.Reconciliation;
using Extract.Splitting;
using Extract.Tests.Support;

namespace Extract.Tests.Reconciliation;

/// <summary>Segment mode over the planted set (<c>Data/segments/planted.tsv</c>): the same rows in every format a
/// translator's tool writes give the same findings, each at its own segment id; the clean rows give none.</summary>
public sealed class SegmentModeTests
{
    // How each format names row n of the planted set.
    private static readonly (string File, Func<string, string> Id)[] Formats =
    [
        ("{0}.sdlxliff", n => n),
        ("{0}.mqxliff", n => n),
        ("{0}.xlf", n => $"u{n}/1"),
        ("{0}.tmx", n => n),
        ("{0}.segments.tsv", n => n),
        ("{0}.zh.txt", n => n),
    ];

    public static IEnumerable<TestCaseData> FormatCases() =>
        Formats.Select(f => new TestCaseData(f.File, f.Id).SetName($"Planted rows through {string.Format(System.Globalization.CultureInfo.InvariantCulture, f.File, "planted")}"));

    [TestCaseSource(nameof(FormatCases))]
    public void EveryPlantedErrorIsFoundAtItsSegmentAndNothingElse(string pattern, Func<string, string> idOf)
    {
        var report = Reconcile(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, "planted"));
        var expected = PlantedRows()
            .Where(r => r.Expected != "none")
            .Select(r => $"{idOf(r.N)} {r.Expected}")
            .Order(StringComparer.Ordinal);
        var found = report.AtLeast(Severity.Medium)
            .Select(d => $"{d.Segment?.Id} {d.Kind.ToString().ToLowerInvariant()}/{d.Severity.ToString().ToLowerInvariant()}")
            .Order(StringComparer.Ordinal);
        Assert.That(found, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(FormatCases))]
    public void TheCleanVersionGivesNoFinding(string pattern, Func<string, string> idOf)
    {
        var report = Reconcile(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, "clean"));
        Assert.Multiple(() =>
        {
            Assert.That(report.AtLeast(Severity.Medium).Select(d => $"{d.Segment?.Id}: {d.Message}"), Is.Empty);
            Assert.That(report.Matches, Has.Length.GreaterThanOrEqualTo(PlantedRows().Count), "every row's figures are matched");
            Assert.That(report.Segments!.Segments.Select(s => s.Segment.Id), Is.EqualTo(PlantedRows().Select(r => idOf(r.N))));
        });
    }

    [Test]
    public void TheSameRowsAsTwoTextEditionsGiveTheSameFindings()
    {
        // One paragraph a row: whole editions, aligned by the aligner instead of by the file.
        static Extract.Documents.Document Edition(string name) => Extract.Reading.Text.PlainTextReader.ReadText(
            string.Join("\n\n", File.ReadAllLines(TestData.Fixture("segments", name))), name);
        var report = new Reconciler().Reconcile(new Editions(Edition("planted.zh.txt"), Edition("planted.en.txt")));
        var expected = PlantedRows().Where(r => r.Expected != "none").Select(r => r.Expected).Order(StringComparer.Ordinal);
        var found = report.AtLeast(Severity.Medium)
            .Select(d => $"{d.Kind.ToString().ToLowerInvariant()}/{d.Severity.ToString().ToLowerInvariant()}")
            .Order(StringComparer.Ordinal);
        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public void ASegmentWithFiguresWhoseTranslationHasNoneGivesOmissionsNotARefusal()
    {
        var file = new SegmentFile("memory.tsv", SegmentFormat.Table, Language.Chinese, "zh", "en",
        [
            new SegmentPair("1", "全年受理投诉21件。", "Complaints were received throughout the year.", SegmentState.Translated, 2),
            new SegmentPair("2", "会议在上海举行。", "The meeting was held in Shanghai.", SegmentState.Translated, 3),
        ]);
        var report = new Reconciler().Reconcile(SegmentEditions.From(file));
        Assert.That(report.AtLeast(Severity.Medium).Select(d => $"{d.Segment!.Id} {d.Kind}"), Is.EqualTo(new[] { "1 Omission" }));
    }

    [Test]
    public void NeighbouringSegmentsDoNotLendEachOtherFigures()
    {
        // Whole editions would pair 42 with the next paragraph's 42; segments are units of their own.
        var file = new SegmentFile("memory.tsv", SegmentFormat.Table, Language.Chinese, "zh", "en",
        [
            new SegmentPair("1", "新设立服务机构42家。", "New service agencies were set up.", SegmentState.Translated, 2),
            new SegmentPair("2", "另有机构完成登记。", "Another 42 agencies completed registration.", SegmentState.Translated, 3),
        ]);
        var report = new Reconciler().Reconcile(SegmentEditions.From(file));
        Assert.That(report.AtLeast(Severity.Medium).Select(d => $"{d.Segment!.Id} {d.Kind}"), Is.EqualTo(new[] { "1 Omission", "2 Addition" }));
    }

    [Test]
    public void UntranslatedSegmentsAreCountedAndNotReportedAsOmissions()
    {
        var file = new SegmentFile("memory.tsv", SegmentFormat.Table, Language.Chinese, "zh", "en",
        [
            new SegmentPair("1", "全年受理投诉21件。", "A total of 21 complaints were received.", SegmentState.Translated, 2),
            new SegmentPair("2", "培训人员4200余人次。", string.Empty, SegmentState.Untranslated, 3),
        ]);
        var report = new Reconciler().Reconcile(SegmentEditions.From(file));
        Assert.Multiple(() =>
        {
            Assert.That(report.Discrepancies, Is.Empty);
            Assert.That(report.Segments!.File.UntranslatedCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void AFileTranslatedFromEnglishAsksToCheckTheChinese()
    {
        var file = new SegmentFile("memory.tsv", SegmentFormat.Table, Language.English, "en-US", "zh-CN",
        [
            new SegmentPair("1", "上海获得植物新品种授权72项。", "Shanghai was granted 27 new plant varieties.", SegmentState.Translated, 2),
        ]);
        var finding = new Reconciler().Reconcile(SegmentEditions.From(file)).AtLeast(Severity.Medium).Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Suspect, Is.EqualTo(EditionSide.Chinese));
            Assert.That(finding.Message, Does.EndWith("Check the Chinese translation."));
        });
    }

    private static ConsistencyReport Reconcile(string name)
    {
        var reader = new SegmentFileReader();
        var file = name.EndsWith(".zh.txt", StringComparison.Ordinal)
            ? reader.ReadLines(TestData.Fixture("segments", name), TestData.Fixture("segments", name.Replace(".zh.", ".en.", StringComparison.Ordinal)))
            : reader.Read(TestData.Fixture("segments", name));
        return new Reconciler().Reconcile(SegmentEditions.From(file));
    }

    private static List<(string N, string Expected)> PlantedRows() =>
        [.. File.ReadAllLines(TestData.Fixture("segments", "planted.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], c[4]))];
}
