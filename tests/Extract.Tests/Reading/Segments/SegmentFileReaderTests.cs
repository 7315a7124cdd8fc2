using System.Text;
using Extract.Documents;
using Extract.Reading.Segments;
using Extract.Tests.Support;

namespace Extract.Tests.Reading.Segments;

/// <summary>The segment readers on fixtures written in each tool's style: every format gives the planted set's own
/// texts (markup dropped, entities and CDATA decoded), its languages and its ids; bad files give typed errors that
/// name the file and the place.</summary>
public sealed class SegmentFileReaderTests
{
    private static readonly (string File, SegmentFormat Format, string SourceTag, string TargetTag, Func<string, string> Id)[] Fixtures =
    [
        ("planted.sdlxliff", SegmentFormat.Xliff1, "zh-CN", "en-US", n => n),
        ("planted.mqxliff", SegmentFormat.Xliff1, "zh-cn", "en-gb", n => n),
        ("planted.xlf", SegmentFormat.Xliff2, "zh-Hans", "en", n => $"u{n}/1"),
        ("planted.tmx", SegmentFormat.Tmx, "zh-CN", "en-US", n => n),
        ("planted.segments.tsv", SegmentFormat.Table, "zh-CN", "en-US", n => n),
    ];

    public static IEnumerable<TestCaseData> FixtureCases() =>
        Fixtures.Select(f => new TestCaseData(f.File, f.Format, f.SourceTag, f.TargetTag, f.Id).SetName($"Reads {f.File}"));

    public static IEnumerable<TestCaseData> BadCases() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "segments", "bad", "cases.txt"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => new TestCaseData(c[0], c[1], c[2]).SetName($"Refuses {c[0]}"));

    [TestCaseSource(nameof(FixtureCases))]
    public void EveryFormatGivesThePlantedTextsWithTheirIdsAndLanguages(string name, SegmentFormat format, string sourceTag, string targetTag, Func<string, string> idOf)
    {
        var file = new SegmentFileReader().Read(TestData.Fixture("segments", name));
        var rows = PlantedRows();
        Assert.Multiple(() =>
        {
            Assert.That(file.Format, Is.EqualTo(format));
            Assert.That((file.SourceLanguage, file.SourceLanguageTag, file.TargetLanguageTag), Is.EqualTo((Language.Chinese, sourceTag, targetTag)));
            Assert.That(file.Segments.Select(s => s.Id), Is.EqualTo(rows.Select(r => idOf(r.N))));
            Assert.That(file.Segments.Select(s => s.Chinese), Is.EqualTo(rows.Select(r => r.Chinese)));
            Assert.That(file.Segments.Select(s => s.English), Is.EqualTo(rows.Select(r => r.Planted)));
            Assert.That(file.Segments.Select(s => s.State), Is.All.EqualTo(SegmentState.Translated));
        });
    }

    [Test]
    public void LineAlignedFilesGiveOneSegmentALineNumberedFromOne()
    {
        var file = new SegmentFileReader().ReadLines(TestData.Fixture("segments", "planted.zh.txt"), TestData.Fixture("segments", "planted.en.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(file.Format, Is.EqualTo(SegmentFormat.Lines));
            Assert.That(file.Segments.Select(s => s.Id), Is.EqualTo(PlantedRows().Select(r => r.N)));
            Assert.That(file.Segments.Select(s => s.Line), Is.EqualTo(Enumerable.Range(1, PlantedRows().Count)));
            Assert.That(file.SecondPath, Does.EndWith("planted.en.txt"));
        });
    }

    [Test]
    public void AFigureKeepsItsPlaceInTheSegmentTextWhenMarkupAroundItIsDropped()
    {
        // <g>, <bpt>/<ept> and <pc> wrap the first figure of every row in the fixtures.
        foreach (var name in new[] { "planted.sdlxliff", "planted.mqxliff", "planted.xlf", "planted.tmx" })
        {
            var first = new SegmentFileReader().Read(TestData.Fixture("segments", name)).Segments[0];
            Assert.That(first.Chinese.IndexOf("17.36万件", StringComparison.Ordinal), Is.EqualTo("全年专利申请量".Length), name);
        }
    }

    [Test]
    public void UntranslatedTargetsAreMarkedAndAFileFromEnglishHasEnglishAsItsSource()
    {
        var file = new SegmentFileReader().Read(TestData.Fixture("segments", "bad", "untranslated.mqxliff"));
        Assert.Multiple(() =>
        {
            Assert.That(file.SourceLanguage, Is.EqualTo(Language.English));
            Assert.That(file.Segments.Select(s => (s.Id, s.State)), Is.EqualTo(new[] { ("1", SegmentState.Translated), ("2", SegmentState.Untranslated), ("3", SegmentState.Untranslated) }));
            Assert.That(file.UntranslatedCount, Is.EqualTo(2));
            Assert.That(file.Segments[0].Chinese, Is.EqualTo("专利申请量达到17.36万件。"));
        });
    }

    [TestCaseSource(nameof(BadCases))]
    public void ABadFileGivesATypedErrorNamingItAndThePlace(string name, string type, string text)
    {
        var path = TestData.Fixture("segments", "bad", name);
        var error = Assert.Catch<ExtractException>(() => new SegmentFileReader().Read(path))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.GetType().Name, Is.EqualTo(type));
            Assert.That(error.Message, Does.StartWith(path));
            Assert.That(error.Message, Does.Contain(text));
        });
    }

    [Test]
    public void LineAlignedFilesOfDifferentLengthsAreRefusedWithTheLineWhereTheyPart()
    {
        var zh = Encoding.UTF8.GetBytes("专利申请量17.36万件。\n商标注册量8.9万件。\n版权登记量24.9万件。\n");
        var en = Encoding.UTF8.GetBytes("Patent applications reached 173,600.\nTrademark registrations reached 89,000.\n");
        var error = Assert.Throws<MalformedSegmentFileException>(() => new SegmentFileReader().ReadLines(zh, "a.zh.txt", en, "a.en.txt"))!;
        Assert.That((error.SourcePath, error.Line), Is.EqualTo(("a.zh.txt", 3)));
        Assert.That(error.Message, Does.Contain("a.en.txt has 2"));
    }

    [Test]
    public void NestingDeeperThanTheLimitIsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("<g id=\"1\">", 150)) + "17.36万件" + string.Concat(Enumerable.Repeat("</g>", 150));
        var error = Assert.Throws<SegmentLimitException>(() => Read(Xliff(deep, "173,600"), "deep.xlf"))!;
        Assert.That(error.Message, Does.Contain("over the limit of 100"));
    }

    [Test]
    public void ASegmentLongerThanTheLimitIsRefusedWithItsLine()
    {
        var huge = new string('万', 10 * 1024 * 1024 / 3);
        var error = Assert.Throws<SegmentLimitException>(() => Read(Xliff(huge, "x"), "huge.xlf"))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Line, Is.EqualTo(6));
            Assert.That(error.Message, Does.Contain("longer than the limit of 1,000,000 characters"));
        });
    }

    [Test]
    public void AHundredThousandUnitsAreReadWholeAndInOrder()
    {
        var units = new StringBuilder();
        for (var i = 1; i <= 100_000; i++)
        {
            units.Append($"<trans-unit id=\"{i}\"><source>受理{i}件</source><target>{i} accepted</target></trans-unit>\n");
        }

        var file = Read(Xliff(units.ToString()), "many.xlf");
        Assert.That((file.Segments.Length, file.Segments[^1].Id, file.Segments[^1].Chinese), Is.EqualTo((100_000, "100000", "受理100000件")));
    }

    [Test]
    public void BinaryContentIsRefusedAsBinary()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02];
        Assert.Throws<BinaryContentException>(() => new SegmentFileReader().Read(bytes, "chapter.sdlxliff"));
    }

    private static SegmentFile Read(string xml, string name) => new SegmentFileReader().Read(Encoding.UTF8.GetBytes(xml), name);

    private static string Xliff(string source, string target) => Xliff($"<trans-unit id=\"1\">\n<source>{source}</source>\n<target>{target}</target>\n</trans-unit>");

    private static string Xliff(string units) =>
        $"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n<file source-language=\"zh-CN\" target-language=\"en-US\" original=\"x\" datatype=\"plaintext\">\n<body>\n{units}\n</body>\n</file>\n</xliff>\n";

    private static List<(string N, string Chinese, string Planted)> PlantedRows() =>
        [.. File.ReadAllLines(TestData.Fixture("segments", "planted.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], c[1], c[3]))];
}
