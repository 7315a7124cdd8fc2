extern alias OpenXml;

using Extract.Documents;
using Extract.Facts;
using Extract.Reading.Word;
using Extract.Reconciliation;
using Extract.Sentences;
using Extract.Splitting;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using W = OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Extract.Tests.Reading.Word;

/// <summary>The Word editions of the abridged 2019 white paper (written from <c>Data/word/*.script.txt</c>) against
/// the text editions of the same content: every later stage must see no difference.</summary>
[TestFixture]
public class WordEditionTests
{
    private static readonly string[] Editions = ["whitepaper-2019.zh", "whitepaper-2019.en"];

    [TestCaseSource(nameof(Editions))]
    public void Blocks_equal_those_of_the_text_edition(string edition)
    {
        var word = WordTestData.ReadWord(edition).Document;
        var text = WordTestData.ReadText(edition);

        Assert.That(word.Blocks.Select(WordTestData.Describe), Is.EqualTo(text.Blocks.Select(WordTestData.Describe)));
        Assert.That(word.Format, Is.EqualTo(DocumentFormat.Docx));
        Assert.That(word.Title, Is.EqualTo(text.Title));
        Assert.That(word.Language, Is.EqualTo(text.Language));
    }

    [TestCaseSource(nameof(Editions))]
    public void Sentences_equal_those_of_the_text_edition(string edition)
    {
        var word = SentenceSplitter.Split(WordTestData.ReadWord(edition).Document);
        var text = SentenceSplitter.Split(WordTestData.ReadText(edition));

        Assert.That(word.Select(s => s.Text), Is.EqualTo(text.Select(s => s.Text)));
        Assert.That(word, Has.Length.GreaterThan(20));
    }

    [TestCaseSource(nameof(Editions))]
    public void Facts_equal_those_of_the_text_edition(string edition)
    {
        var extractor = new FactExtractor();
        var word = extractor.Extract(WordTestData.ReadWord(edition).Document);
        var text = extractor.Extract(WordTestData.ReadText(edition));

        Assert.That(word.Select(f => f.ToString()), Is.EqualTo(text.Select(f => f.ToString())));
        Assert.That(word, Has.Length.GreaterThan(30));
    }

    [Test]
    public void The_Word_pair_reconciles_exactly_as_the_text_pair()
    {
        var reconciler = new Reconciler();
        var word = reconciler.Reconcile(Extract.Splitting.Editions.Pair(WordTestData.ReadWord(Editions[1]).Document, WordTestData.ReadWord(Editions[0]).Document));
        var text = reconciler.Reconcile(Extract.Splitting.Editions.Pair(WordTestData.ReadText(Editions[0]), WordTestData.ReadText(Editions[1])));

        Assert.That(word.Discrepancies.Select(d => $"{d.Kind} {d.Severity} {d.Message}"), Is.EqualTo(text.Discrepancies.Select(d => $"{d.Kind} {d.Severity} {d.Message}")));
        // The planted disagreement of the real editions (14 international registrations against 6) is found.
        Assert.That(word.Discrepancies.Where(d => d.Chinese?.Quantity.Value == 14m && d.English?.Quantity.Value == 6m), Is.Not.Empty);
    }

    [TestCaseSource(nameof(Editions))]
    public void Headers_footers_fields_and_comments_stay_out_of_the_text(string edition)
    {
        var document = WordTestData.ReadWord(edition).Document;

        // The running header repeats the title: the title is there once, as the first block.
        Assert.That(document.Blocks.Count(b => b.Text == document.Title), Is.EqualTo(1));
        Assert.That(document.Text, Does.Not.Contain("Page").And.Not.Contain("第 3 页").And.Not.Contain("2020年4月20日"));
        Assert.That(document.Text, Does.Not.Contain("核对").And.Not.Contain("Check:"));
    }

    [TestCaseSource(nameof(Editions))]
    public void Deletions_are_dropped_and_insertions_kept_unless_the_original_is_asked_for(string edition)
    {
        var final = WordTestData.ReadWord(edition).Document;
        var original = WordTestData.ReadWord(edition, new WordReader { Revisions = RevisionView.Original }).Document;
        var (inserted, deleted) = edition.EndsWith(".zh", StringComparison.Ordinal) ? ("专利申请量17.36万件", "专利申请量16.5万件") : ("reached 173,600 and", "reached 165,000 and");

        Assert.That(final.Text, Does.Contain(inserted).And.Not.Contain(deleted));
        Assert.That(original.Text, Does.Contain(deleted).And.Not.Contain(inserted));
        Assert.That(original.Text, Does.Contain(edition.EndsWith(".zh", StringComparison.Ordinal) ? "另有5名专家列为候补。" : "Another 5 experts were listed as alternates."));
        // 16.5 万件 and 165,000: the figure the deletion held, and not the one inserted in its place.
        var paragraph = original.Paragraphs.Single(p => p.Text.Contains("53.54", StringComparison.Ordinal));
        var facts = new FactExtractor().Extract(SentenceSplitter.Split(paragraph), 2019).Where(f => f.IndicatorId == "patent.applications").Select(f => f.Value);
        Assert.That(facts, Does.Contain(165000m).And.Not.Contain(173600m));
    }

    [TestCaseSource(nameof(Editions))]
    public void The_footnote_is_a_block_of_its_own_after_the_paragraph_that_cites_it(string edition)
    {
        var document = WordTestData.ReadWord(edition).Document;

        var note = document.Blocks.Single(b => b.Location.ElementPath?.StartsWith("footnote", StringComparison.Ordinal) == true);
        var anchor = document.Blocks[note.Location.BlockIndex - 1];
        Assert.That(note.Text, Does.Contain(edition.EndsWith(".zh", StringComparison.Ordinal) ? "2428.14万人" : "24.2814 million"));
        Assert.That(note.Location.ElementPath, Is.EqualTo($"footnote 1 ({anchor.Location.ElementPath})"));
        Assert.That(anchor.Text, Does.Contain("53.54"));
    }

    [TestCaseSource(nameof(Editions))]
    public void Every_figure_maps_back_to_the_run_that_holds_it(string edition)
    {
        var word = WordTestData.ReadWord(edition);
        using var package = WordprocessingDocument.Open(new MemoryStream(WordTestData.Docx(edition)), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<W.Paragraph>().ToList();
        var tables = body.Elements<W.Table>().ToList();
        var facts = new FactExtractor().Extract(word.Document);
        Assert.That(facts, Is.Not.Empty);
        foreach (var fact in facts)
        {
            var location = word.Locate(fact.Span);
            Assert.That(location, Is.Not.Null, fact.ToString());
            var paragraph = location!.Story switch
            {
                WordStory.Body => paragraphs[location.Paragraph - 1],
                WordStory.Table => tables[location.Table!.Value - 1].Elements<W.TableRow>().ElementAt(location.Row!.Value - 1).Elements<W.TableCell>().ElementAt(location.Cell!.Value - 1).Elements<W.Paragraph>().ElementAt(location.Paragraph - 1),
                _ => package.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Single(n => n.Id?.Value == location.Note).Elements<W.Paragraph>().ElementAt(location.Paragraph - 1),
            };
            var run = paragraph.Descendants<W.Run>().ElementAt(location.Run - 1);
            var first = word.Document.Text[fact.Span.Start];
            Assert.That(run.InnerText.Length, Is.GreaterThan(location.OffsetInRun), $"{fact} at {location}");
            Assert.That(run.InnerText[location.OffsetInRun], Is.EqualTo(first), $"{fact} at {location}");
        }
    }

    [Test]
    public void A_table_cell_is_located_by_table_row_and_cell()
    {
        var word = WordTestData.ReadWord(Editions[0]);
        var table = word.Document.Blocks.OfType<Table>().Single();
        var cell = table.Rows[2].Cells[1];

        Assert.That(cell.Text, Is.EqualTo("10.06万件"));
        Assert.That(word.Locate(cell.Span)?.ToString(), Is.EqualTo("table 1 row 3 cell 2, run 1"));
        Assert.That(table.Location.ElementPath, Is.EqualTo("table 1"));
        Assert.That(table.Rows.Select(r => r.IsHeader), Is.EqualTo(new[] { true, false, false, false }));
    }

    [TestCaseSource(nameof(Editions))]
    public void Headings_carry_the_number_their_list_generates(string edition)
    {
        var document = WordTestData.ReadWord(edition).Document;

        Assert.That(document.Sections.Select(h => h.Number?.Ordinal), Is.EqualTo(new int?[] { 1, 2, 3 }));
        Assert.That(document.Sections.Select(h => h.Number?.Style).Distinct(), Is.EqualTo(new NumberingStyle?[] { edition.EndsWith(".zh", StringComparison.Ordinal) ? NumberingStyle.ChineseNumeral : NumberingStyle.Roman }));
        Assert.That(document.Sections.Select(h => h.Location.ElementPath), Has.All.Match("^paragraph [0-9]+$"));
    }

    [TestCaseSource(nameof(Editions))]
    public void A_docx_saved_by_LibreOffice_gives_the_blocks_of_the_text_edition(string edition)
    {
        // LibreOffice writes its own styles (Style14 named 标题), numbering, field and revision markup.
        var path = WordTestData.Path($"libreoffice/{edition}.docx");
        var word = new WordReader().ReadWord(File.ReadAllBytes(path), path).Document;
        var text = WordTestData.ReadText(edition);

        Assert.That(word.Blocks.Select(WordTestData.Describe), Is.EqualTo(text.Blocks.Select(WordTestData.Describe)));
        Assert.That(new FactExtractor().Extract(word).Select(f => f.ToString()), Is.EqualTo(new FactExtractor().Extract(text).Select(f => f.ToString())));
    }
}
