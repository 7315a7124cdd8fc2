using Extract.Alignment;

namespace Extract.Tests.Alignment;

[TestFixture]
public class LengthAlignerTests
{
    private static string Shapes(IEnumerable<Bead> beads) => string.Join(" ", beads.Select(b => $"{b.SourceCount}-{b.TargetCount}"));

    [Test]
    public void Units_whose_lengths_keep_the_same_ratio_are_linked_one_to_one()
    {
        var beads = LengthAligner.Align([100, 40, 250, 80], [400, 160, 1000, 320]);

        Assert.That(Shapes(beads), Is.EqualTo("1-1 1-1 1-1 1-1"));
    }

    [Test]
    public void A_source_unit_translated_as_two_is_linked_one_to_two()
    {
        // The third source unit (300) is translated as 600 + 620 characters.
        var beads = LengthAligner.Align([100, 50, 300, 80], [410, 190, 600, 620, 330]);

        Assert.That(Shapes(beads), Is.EqualTo("1-1 1-1 1-2 1-1"));
        Assert.That(beads[2], Has.Property(nameof(Bead.SourceStart)).EqualTo(2).And.Property(nameof(Bead.TargetStart)).EqualTo(2));
    }

    [Test]
    public void A_long_untranslated_unit_is_left_without_counterpart()
    {
        var beads = LengthAligner.Align([100, 400, 100, 100], [400, 400, 400], ratio: 4);

        Assert.That(Shapes(beads), Is.EqualTo("1-1 1-0 1-1 1-1"));
    }

    [Test]
    public void Shared_anchors_decide_where_lengths_alone_are_ambiguous()
    {
        // Two equally long source units and three target units: lengths cannot tell whether the middle target
        // unit goes with the first or the second source unit; the anchors say it goes with the second.
        int[] source = [100, 100];
        int[] target = [400, 20, 380];
        var anchorsOfSource = new[] { new[] { 1m }, new[] { 2m, 3m } };
        var anchorsOfTarget = new[] { new[] { 1m }, new[] { 2m }, new[] { 3m } };

        double Affinity(int s0, int s1, int t0, int t1) =>
            2 * anchorsOfSource[s0..s1].SelectMany(a => a).Intersect(anchorsOfTarget[t0..t1].SelectMany(a => a)).Count();

        Assert.That(Shapes(LengthAligner.Align(source, target, Affinity)), Is.EqualTo("1-1 1-2"));
    }

    [Test]
    public void Empty_sequences_align_to_nothing_or_to_omissions()
    {
        Assert.That(LengthAligner.Align([], []), Is.Empty);
        Assert.That(Shapes(LengthAligner.Align([10, 20], [])), Is.EqualTo("1-0 1-0"));
    }

    [Test]
    public void Editions_of_twenty_thousand_units_align_one_to_one_around_an_omission()
    {
        // A full table of 20,000 x 20,000 cells would take about 3.6 GB; the band around the diagonal about 70 MB.
        // Lengths vary (so the one-to-one path is the only good one); source unit 12,000, a long one, has no translation.
        var source = Enumerable.Range(0, 20_000).Select(i => i == 12_000 ? 400 : 20 + (i * 37 % 61)).ToList();
        var target = source.Where((_, i) => i != 12_000).Select(l => l * 4).ToList();

        var beads = LengthAligner.Align(source, target, ratio: 4);

        Assert.That(beads.Where(b => b.SourceCount != 1 || b.TargetCount != 1).Select(b => $"{b.SourceStart}:{b.SourceCount}-{b.TargetCount}"), Is.EqualTo(new[] { "12000:1-0" }));
        Assert.That(beads, Has.Length.EqualTo(20_000));
    }

    [Test]
    public void A_drift_beyond_the_band_still_covers_both_sequences()
    {
        // 300 source units, 3 target units: the band is narrower than the drift, yet every unit is linked once.
        var source = Enumerable.Repeat(10, 300).ToList();

        var beads = LengthAligner.Align(source, [40, 40, 40], ratio: 4, band: 20);

        Assert.That(beads.Sum(b => b.SourceCount), Is.EqualTo(300));
        Assert.That(beads.Sum(b => b.TargetCount), Is.EqualTo(3));
    }
}
