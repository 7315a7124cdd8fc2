using Extract.Documents;
using Extract.Reading.Text;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

/// <summary>A translation that stops early or leaves a section out gives one finding per run of missing sections,
/// with its figure counts, not one omission per figure; the sections it has are reconciled as before.</summary>
[TestFixture]
public class UnmatchedSectionsTests
{
    private static Editions Sample() => EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));

    // The English edition without its sections from the one numbered `from` up to (not including) `to`.
    private static ConsistencyReport WithoutEnglishSections(int from, int? to)
    {
        var editions = Sample();
        var english = editions.English;
        int Start(int ordinal) => english.Sections.Single(h => h.Number!.Ordinal == ordinal).Location.Span.Start;
        var text = english.Text[..Start(from)] + (to is { } end ? english.Text[Start(end)..] : string.Empty);
        return new Reconciler().Reconcile(editions with { English = PlainTextReader.ReadText(text, "en.txt") });
    }

    // The Chinese figures standing from the section numbered `from` up to `to`.
    private static int ChineseFiguresIn(ConsistencyReport report, int from, int? to)
    {
        var chinese = report.Alignment.Editions.Chinese;
        int Block(int ordinal) => chinese.Sections.Single(h => h.Number!.Ordinal == ordinal).Location.BlockIndex;
        var (first, last) = (Block(from), to is { } end ? Block(end) : int.MaxValue);
        return report.ChineseFigures.Count(f => f.Sentence.BlockIndex >= first && f.Sentence.BlockIndex < last);
    }

    [Test]
    public void A_translation_that_stops_after_section_one_gives_one_finding_for_the_rest()
    {
        var report = WithoutEnglishSections(2, null);

        var omissions = report.Discrepancies.Where(d => d.Kind == DiscrepancyKind.Omission).ToList();

        Assert.That(omissions, Has.Count.EqualTo(1), Reconcile.Describe(omissions));
        Assert.That(omissions[0].Severity, Is.EqualTo(Severity.High));
        Assert.That(omissions[0].Message, Does.StartWith("Sections II–VI of the Chinese edition (二、知识产权领域改革全面推进;")
            .And.Contain($"no counterpart in the English edition: they hold {ChineseFiguresIn(report, 2, null)} figures (II: ")
            .And.Contain("VI: "));
    }

    [Test]
    public void The_sections_a_short_translation_has_keep_their_findings()
    {
        var report = WithoutEnglishSections(2, null);

        Assert.That(report.AtLeast(Severity.Medium).Where(d => d.Kind != DiscrepancyKind.Omission).Select(d => (d.Kind, d.Chinese!.Quantity.Text)),
            Is.EquivalentTo(new[] { (DiscrepancyKind.Digits, "147.26万件"), (DiscrepancyKind.Value, "14个") }));
    }

    [Test]
    public void A_section_left_out_in_the_middle_is_one_finding_naming_it()
    {
        var report = WithoutEnglishSections(3, 4);

        var omissions = report.AtLeast(Severity.Medium).Where(d => d.Kind == DiscrepancyKind.Omission).ToList();

        Assert.That(omissions, Has.Count.EqualTo(1), Reconcile.Describe(omissions));
        Assert.That(omissions[0].Message, Does.StartWith("Section III of the Chinese edition (三、知识产权保护力度持续强化) has no counterpart")
            .And.Contain($"it holds {ChineseFiguresIn(report, 3, 4)} figures (III: "));
    }

    [Test]
    public void A_complete_translation_has_no_such_finding()
    {
        var report = new Reconciler().Reconcile(Sample());

        Assert.That(report.Discrepancies.Select(d => d.Message), Has.None.Contain("no counterpart"));
    }
}
