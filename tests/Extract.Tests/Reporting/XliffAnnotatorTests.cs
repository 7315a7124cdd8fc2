using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Extract.Reading.Segments;
using Extract.Reconciliation;
using Extract.Reporting;
using Extract.Splitting;

namespace Extract.Tests.Reporting;

/// <summary>Notes written back into XLIFF: one per finding on its unit, and the file otherwise unchanged byte for byte.</summary>
public sealed partial class XliffAnnotatorTests
{
    [TestCase("planted.sdlxliff")]
    [TestCase("planted.mqxliff")]
    [TestCase("planted.xlf")]
    public void TheAnnotatedCopyIsTheOriginalWithOneNoteForEachFinding(string name)
    {
        var path = TestData.Fixture("segments", name);
        var report = new Reconciler().Reconcile(SegmentEditions.From(new SegmentFileReader().Read(path)));
        var output = Path.Combine(Path.GetTempPath(), $"annotated-{Guid.NewGuid():N}-{name}");
        try
        {
            var notes = XliffAnnotator.Annotate(report, output);
            var original = File.ReadAllBytes(path);
            var annotated = File.ReadAllBytes(output);
            var text = Encoding.UTF8.GetString(annotated);
            var stripped = InsertedNotes().Replace(text, string.Empty);
            var document = XDocument.Parse(text.TrimStart('\uFEFF'));
            var notesByUnit = document.Descendants().Where(e => e.Name.LocalName is "trans-unit" or "unit")
                .ToDictionary(u => (string)u.Attribute("id")!, u => u.Descendants().Count(e => e.Name.LocalName == "note"));
            var reread = new SegmentFileReader().Read(output);
            Assert.Multiple(() =>
            {
                Assert.That(notes, Is.EqualTo(report.Discrepancies.Length));
                Assert.That(Encoding.UTF8.GetBytes(stripped), Is.EqualTo(original), "nothing but the notes changed");
                Assert.That(notesByUnit.Values.Sum(), Is.EqualTo(notes));
                Assert.That(reread.Segments.Select(s => (s.Id, s.Chinese, s.English)), Is.EqualTo(report.Segments!.File.Segments.Select(s => (s.Id, s.Chinese, s.English))), "the copy reads as the original");
                foreach (var d in report.Discrepancies)
                {
                    Assert.That(text, Does.Contain($"segment {d.Segment!.Id}: "));
                }
            });
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    public void ATableCannotTakeNotes()
    {
        var report = new Reconciler().Reconcile(SegmentEditions.From(new SegmentFileReader().Read(TestData.Fixture("segments", "planted.segments.tsv"))));
        Assert.Throws<UnsupportedFormatException>(() => XliffAnnotator.Annotate(report, Path.Combine(Path.GetTempPath(), "never-written.tsv")));
    }

    [GeneratedRegex("<notes><note category=\"Extract\"[^>]*>[^<]*</note>(<note category=\"Extract\"[^>]*>[^<]*</note>)*</notes>|<note (from|category)=\"Extract\"[^>]*>[^<]*</note>")]
    private static partial Regex InsertedNotes();
}
