using Extract.Quantities;
using Extract.Reading;
using Extract.Reconciliation;
using Extract.Reading.Text;
using Extract.Sentences;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

/// <summary>The PDF editions of the corpus beside the repository give the same figures, and the same findings, as
/// the text they were made from.</summary>
[TestFixture]
public class PdfPairTests
{
    private static IEnumerable<(DiscrepancyKind Kind, Severity Severity, string? Zh, string? En)> Findings(ConsistencyReport report) =>
        report.AtLeast(Severity.Medium).Select(d => (d.Kind, d.Severity, d.Chinese?.Quantity.Text, d.English?.Quantity.Text));

    private static ConsistencyReport TextReport() =>
        new Reconciler().Reconcile(EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt")));

    [TestCase("wp2019-zh.pdf", "wp2019-en.pdf")]
    [TestCase("wp2019-zh.chromium.pdf", "wp2019-en.chromium.pdf")]
    [TestCase("wp2019-zh.type3.pdf", "wp2019-en.linearized.pdf")]
    [TestCase("wp2019-zh.objstm.pdf", "wp2019-en.pdf")]
    [TestCase("wp2019-zh.aes256.pdf", "wp2019-en.pdf")]
    public void A_pdf_pair_of_the_2019_white_paper_reconciles_exactly_as_the_text(string chinese, string english)
    {
        var reader = new DocumentReader();
        var editions = Editions.Pair(
            reader.Read(TestData.RequireShared("corpus/pdf/" + chinese)),
            reader.Read(TestData.RequireShared("corpus/pdf/" + english)));

        var report = new Reconciler().Reconcile(editions);

        Assert.That(Findings(report), Is.EqualTo(Findings(TextReport())));
    }

    [Test]
    public void The_bilingual_pdf_is_split_and_reconciled_exactly_as_the_text()
    {
        var document = new DocumentReader().Read(TestData.RequireShared("corpus/pdf/wp2019-bilingual.pdf"));

        var report = new Reconciler().Reconcile(EditionSplitter.Split(document));

        Assert.That(Findings(report), Is.EqualTo(Findings(TextReport())));
    }

    [Test]
    public void The_password_given_to_the_document_reader_opens_a_protected_pdf()
    {
        var path = TestData.RequireShared("corpus/pdf/wp2019-zh.userpw.pdf");

        Assert.Throws<PasswordRequiredException>(() => new DocumentReader().Read(path));
        var document = new DocumentReader(ReaderOptions.Default with { PdfPassword = "secret" }).Read(path);

        Assert.That(document.Text, Does.Contain("植物新品种国际登录14个"));
    }

    [TestCase("wp2019-zh.pdf", "wp2019-zh")]
    [TestCase("wp2019-en.pdf", "wp2019-en")]
    [TestCase("wp2019-zh.chromium.pdf", "wp2019-zh")]
    [TestCase("wp2019-en.chromium.pdf", "wp2019-en")]
    [TestCase("wp2019-zh.type3.pdf", "wp2019-zh")]
    [TestCase("wp2024-en.pdf", "wp2024-en")]
    [TestCase("press-2023-en.pdf", "press-2023-en")]
    [TestCase("twocol-2019.pdf", "twocol-2019")]
    public void The_figures_read_from_a_pdf_are_those_of_its_source_text(string pdf, string source)
    {
        var fromPdf = Figures(new DocumentReader().Read(TestData.RequireShared("corpus/pdf/" + pdf)));
        var fromText = Figures(PlainTextReader.ReadText(File.ReadAllText(TestData.RequireShared($"corpus/gen/{source}.source.txt")), source));

        Assert.That(fromPdf, Is.EquivalentTo(fromText));
    }

    [TestCase("wp2019-zh.pdf", "wp2019-zh")]
    [TestCase("wp2019-zh.chromium.pdf", "wp2019-zh")]
    [TestCase("wp2019-zh.type3.pdf", "wp2019-zh")]
    [TestCase("wp2019-zh.objstm.pdf", "wp2019-zh")]
    [TestCase("wp2019-zh.rc4-128.pdf", "wp2019-zh")]
    [TestCase("wp2019-zh.aes128.pdf", "wp2019-zh")]
    [TestCase("wp2019-zh.aes256.pdf", "wp2019-zh")]
    [TestCase("wp2019-en.pdf", "wp2019-en")]
    [TestCase("wp2019-en.chromium.pdf", "wp2019-en")]
    [TestCase("wp2019-en.linearized.pdf", "wp2019-en")]
    [TestCase("wp2019-bilingual.pdf", "wp2019-bilingual")]
    [TestCase("wp2024-en.pdf", "wp2024-en")]
    [TestCase("press-2023-en.pdf", "press-2023-en")]
    [TestCase("twocol-2019.pdf", "twocol-2019")]
    [TestCase("table-2019.pdf", "table-2019")]
    public void The_facts_read_from_a_pdf_are_those_of_its_source_text(string pdf, string source)
    {
        var extractor = new Extract.Facts.FactExtractor();
        var fromPdf = extractor.Extract(new DocumentReader().Read(TestData.RequireShared("corpus/pdf/" + pdf)));
        var fromText = extractor.Extract(PlainTextReader.ReadText(File.ReadAllText(TestData.RequireShared($"corpus/gen/{source}.source.txt")), source));

        Assert.That(fromPdf.Select(Describe), Is.EquivalentTo(fromText.Select(Describe)));

        static string Describe(Extract.Facts.Fact fact) =>
            $"{fact.Indicator?.Id ?? "-"} {fact.Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {fact.Quantity.Unit.Kind}";
    }

    private static List<string> Figures(Extract.Documents.Document document) =>
        [.. SentenceSplitter.Split(document)
            .SelectMany(s => QuantityRecognizer.Recognize(s))
            .Where(q => q.Role == QuantityRole.Measure)
            .Select(q => $"{q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {q.Unit.Kind}")];
}
