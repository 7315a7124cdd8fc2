using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

/// <summary>The two editions of the 2019 white paper against a bilingual reviewer's list of their real disagreements
/// and of the figures they agree on in another form (<c>Data/reconciliation/whitepaper-2019.findings.tsv</c>).</summary>
[TestFixture]
public class WhitePaper2019Tests
{
    private static readonly Lazy<ConsistencyReport> Report = new(() =>
        new Reconciler().Reconcile(EditionSplitter.Split(TestData.ReadSample("whitepaper-2019.zh-en.txt"))));

    private static IEnumerable<TestCaseData> Disagreements() =>
        ReviewRow.All().Where(r => r.Kind is not null).Select(r => new TestCaseData(r).SetName($"{r.Kind}: {r.ChineseText} / {r.EnglishText} ({r.Severity})"));

    private static IEnumerable<TestCaseData> Agreements() =>
        ReviewRow.All().Where(r => r.Kind is null).Select(r => new TestCaseData(r).SetName($"{r.Label}: {r.ChineseText} / {r.EnglishText}"));

    [TestCaseSource(nameof(Disagreements))]
    public void A_real_disagreement_is_reported_with_its_kind_and_severity(object data)
    {
        var row = (ReviewRow)data;

        var found = Report.Value.Discrepancies.Where(row.Involves).ToList();

        Assert.That(found.Any(d => d.Kind == row.Kind && d.Severity == row.Severity), Reconcile.Describe(found));
    }

    [TestCaseSource(nameof(Agreements))]
    public void A_figure_the_editions_agree_on_is_not_flagged(object data)
    {
        var row = (ReviewRow)data;

        var flagged = Report.Value.AtLeast(Severity.Medium).Where(row.Involves).ToList();

        Assert.That(flagged, Is.Empty, Reconcile.Describe(flagged));
    }

    [Test]
    public void Nothing_but_the_real_disagreements_is_flagged_at_medium_or_high()
    {
        var expected = ReviewRow.All().Where(r => r.Kind is not null).ToList();

        var unexpected = Report.Value.AtLeast(Severity.Medium).Where(d => !expected.Any(r => r.Involves(d) && r.Kind == d.Kind)).ToList();

        Assert.That(unexpected, Is.Empty, Reconcile.Describe(unexpected));
    }

    [Test]
    public void Each_message_names_both_figures_as_written_and_the_english_edition_as_the_one_to_check()
    {
        var digits = Report.Value.Discrepancies.Single(d => d.Kind == DiscrepancyKind.Digits);

        Assert.That(digits.Message, Does.Contain("147.26").And.Contain("1,472,600").And.Contain("1.4736 million").And.Contain("1,473,600"));
        Assert.That(digits.Suspect, Is.EqualTo(EditionSide.English));
        Assert.That(digits.Message, Does.EndWith("Check the English edition."));
    }

    /// <summary>One row of the reviewer's list: a disagreement (its kind and severity) or an agreement (kind <c>agree</c>,
    /// or <c>slogan</c> for wording that is no figure at all: neither may be flagged).</summary>
    internal sealed record ReviewRow(string Label, DiscrepancyKind? Kind, Severity Severity, string ChineseText, string EnglishText)
    {
        public static IEnumerable<ReviewRow> All() =>
            File.ReadLines(TestData.Fixture("reconciliation", "whitepaper-2019.findings.tsv"))
                .Skip(1)
                .Where(l => l.Length > 0)
                .Select(l => l.Split('\t'))
                .Select(c => new ReviewRow(
                    c[1],
                    Enum.TryParse<DiscrepancyKind>(c[1], ignoreCase: true, out var kind) ? kind : null,
                    c[2] == "-" ? Severity.Low : Enum.Parse<Severity>(c[2], ignoreCase: true),
                    c[3],
                    c[4]));

        /// <summary>Whether a discrepancy involves this row's Chinese figure or, when the row names one, its English
        /// figure (texts compared without spaces).</summary>
        public bool Involves(Discrepancy discrepancy) =>
            Same(ChineseText, discrepancy.Chinese) || (EnglishText != "-" && Same(EnglishText, discrepancy.English));

        public override string ToString() => $"{Label} {ChineseText} / {EnglishText}";

        private static bool Same(string text, Figure? figure) =>
            figure is not null && string.Equals(Squeeze(text), Squeeze(figure.Quantity.Text), StringComparison.OrdinalIgnoreCase);

        private static string Squeeze(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}
