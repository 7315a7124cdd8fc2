using Extract.Evaluation;

namespace Extract.Tests.Reconciliation;

/// <summary>The real translations of <c>../shared/real</c> (news, Wikinews, COVID-19 texts that nobody on this
/// project wrote), each line pair reconciled as one segment. The sentences stay in the shared folder: they may not be
/// copied into the repository.</summary>
[TestFixture]
public class RealTranslationsTests
{
    // The goal on newstest2017-2019/labels.tsv: at most 3% of the correct pairs flagged, at least 80% of the slips
    // caught with the right kind (the README has the measured figures).
    private const double MostFalseAlarms = 0.03;
    private const double LeastRecall = 0.80;

    private static IEnumerable<TestCaseData> Folders() =>
        new[] { "newstest2017-2019", "ntrex128", "tico19-test", "flores200-devtest" }.Select(f => new TestCaseData(f).SetArgDisplayNames(f));

    [TestCaseSource(nameof(Folders))]
    public void Every_pair_of_a_folder_is_reconciled_without_an_error(string folder)
    {
        var set = RealSet.Read(TestData.RequireShared(Path.Combine("real", folder)));

        var failed = set.Reconcile().Where(r => r.Error is not null).Select(r => $"{r.Line}: {r.Error}").ToList();

        Assert.That(failed, Is.Empty);
    }

    [Test]
    public void The_judged_news_pairs_keep_their_false_alarms_down_and_their_slips_caught()
    {
        var set = RealSet.Read(TestData.RequireShared(Path.Combine("real", "newstest2017-2019")));

        var score = LabelScore.Of(set.Labels, set.Reconcile());

        Assert.That(score.Fine + score.Slips, Is.EqualTo(set.Labels.Length), "every judged pair counted");
        Assert.That(score.FalseAlarmRate, Is.LessThanOrEqualTo(MostFalseAlarms), $"correct pairs flagged: {score.FalseAlarms}/{score.Fine}");
        Assert.That(score.Recall, Is.GreaterThanOrEqualTo(LeastRecall), $"slips caught with the right kind: {score.Caught}/{score.Slips}");
    }
}
