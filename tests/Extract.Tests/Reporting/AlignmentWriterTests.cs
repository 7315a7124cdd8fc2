using Extract.Alignment;
using Extract.Reading.Segments;
using Extract.Reporting;
using Extract.Splitting;

namespace Extract.Tests.Reporting;

/// <summary>The sentence alignment exported as TMX and TSV reads back as the same sentence pairs.</summary>
public sealed class AlignmentWriterTests
{
    [Test]
    public void TheWhitePapersAlignmentReadsBackFromTmxAndTsvAsItsSentencePairs()
    {
        var alignment = new EditionAligner().Align(EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt")));
        var links = alignment.SentenceLinks.Where(l => !l.Chinese.IsEmpty && !l.English.IsEmpty).ToList();
        var tmx = new StringWriter();
        AlignmentWriter.WriteTmx(alignment, tmx);
        var tsv = new StringWriter();
        AlignmentWriter.WriteTsv(alignment, tsv);
        var reader = new SegmentFileReader();
        var fromTmx = reader.Read(System.Text.Encoding.UTF8.GetBytes(tmx.ToString()), "wp.tmx");
        var fromTsv = reader.Read(System.Text.Encoding.UTF8.GetBytes(tsv.ToString()), "wp.tsv");
        Assert.Multiple(() =>
        {
            Assert.That(fromTmx.Segments, Has.Length.EqualTo(links.Count).And.Length.GreaterThan(100));
            Assert.That(fromTmx.Segments.Select(s => s.Chinese), Is.EqualTo(links.Select(l => string.Concat(l.Chinese.Select(s => s.Text)))));
            Assert.That(fromTsv.Segments.Select(s => (s.Chinese, s.English)), Is.EqualTo(fromTmx.Segments.Select(s => (s.Chinese, s.English))));
        });
    }
}
