using System.Text;
using Extract.Alignment;
using Extract.Reading.Text;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Splitting;

/// <summary>A bilingual release that gives each paragraph in Chinese and then in English is split by language, block
/// by block, and reconciles as the same text printed one edition after the other.</summary>
[TestFixture]
public class InterleavedEditionsTests
{
    private static Editions Sample() => EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"));

    // The 2019 white paper rewritten as an interleaved release: each heading and each aligned passage in Chinese,
    // followed by its English.
    private static string Interleaved()
    {
        var text = new StringBuilder();
        void Add(IEnumerable<string> blocks)
        {
            foreach (var block in blocks)
            {
                text.Append(block).Append("\n\n");
            }
        }

        foreach (var section in new EditionAligner().Align(Sample()).Sections)
        {
            Add(section.Chinese is { } zh ? [zh.Text] : []);
            Add(section.English is { } en ? [en.Text] : []);
            foreach (var passage in section.Passages)
            {
                Add(passage.Chinese.Select(b => b.Text));
                Add(passage.English.Select(b => b.Text));
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(DiscrepancyKind Kind, Severity Severity, string? Zh, string? En)> Findings(ConsistencyReport report) =>
        report.AtLeast(Severity.Medium).Select(d => (d.Kind, d.Severity, d.Chinese?.Quantity.Text, d.English?.Quantity.Text));

    [Test]
    public void An_interleaved_release_is_split_by_the_language_of_each_paragraph()
    {
        var editions = EditionSplitter.Split(PlainTextReader.ReadText(Interleaved(), "interleaved.txt"));

        Assert.That(editions.Interleaved, Is.True);
        Assert.That(editions.Chinese.Sections.Select(s => s.Number!.Text), Is.EqualTo(new[] { "一、", "二、", "三、", "四、", "五、", "六、" }));
        Assert.That(editions.English.Sections.Select(s => s.Number!.Text), Is.EqualTo(new[] { "I.", "II.", "III.", "IV.", "V.", "VI." }));
        Assert.That(editions.English.Text, Does.Not.Contain("二、工业").And.Not.Contain("万件"));
    }

    [Test]
    public void An_interleaved_release_reconciles_as_the_editions_printed_one_after_the_other()
    {
        var report = new Reconciler().Reconcile(EditionSplitter.Split(PlainTextReader.ReadText(Interleaved(), "interleaved.txt")));
        var expected = new Reconciler().Reconcile(Sample());

        Assert.That(Findings(report), Is.EqualTo(Findings(expected)));
        Assert.That(report.Matches.Length, Is.EqualTo(expected.Matches.Length));
    }

    [Test]
    public void A_document_printed_one_edition_after_the_other_is_not_taken_for_interleaved()
    {
        Assert.That(Sample().Interleaved, Is.False);
    }

    [Test]
    public void Paragraphs_that_each_mix_the_languages_are_refused_naming_the_file()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
            $"上海专利申请量{i}7.36万件，同比增长15.54%。 In {2010 + i}, patent filings in Shanghai reached {i}73,600, up 15.54% year on year."));

        var error = Assert.Throws<NotBilingualException>(() => EditionSplitter.Split(PlainTextReader.ReadText(text, "mixed.txt")));

        Assert.That(error!.Message, Does.Contain("mixed.txt").And.Contain("mix Chinese and English"));
    }
}
