using Extract.Segmentation;
using Extract.Tests.Support;

namespace Extract.Tests.Segmentation;

/// <summary>With jieba's own dictionary and HMM tables, read from jieba's files or embedded in the library, the
/// segmenter gives jieba 0.42.1's tokens for the 2019 white paper (the reference outputs in
/// <c>../shared/jieba/reference</c>, one line of tokens per input line).</summary>
[TestFixture]
public class JiebaCompatibilityTests
{
    // Lines (1-based) allowed to differ from jieba's output, each with the reason. None so far: every line agrees.
    private static readonly Dictionary<(string File, int Line), string> ExplainedDifferences = [];

    private static readonly Lazy<(Lexicon Lexicon, HmmModel Hmm)> Jieba = new(() =>
        (Lexicon.Load(TestData.RequireShared("jieba/dict.txt")), HmmModel.Load(Path.GetDirectoryName(TestData.RequireShared("jieba/hmm_emit.tsv"))!)));

    public static IEnumerable<TestCaseData> ReferenceFiles()
    {
        foreach (var embedded in new[] { false, true })
        {
            var source = embedded ? "embedded tables" : "jieba's files";
            yield return new TestCaseData("cut_hmm.txt", SegmentationMode.Precise, true, embedded).SetName($"Precise mode with HMM equals jieba.cut(line), {source}");
            yield return new TestCaseData("cut_nohmm.txt", SegmentationMode.Precise, false, embedded).SetName($"Precise mode without HMM equals jieba.cut(line, HMM=False), {source}");
            yield return new TestCaseData("cut_all.txt", SegmentationMode.Full, true, embedded).SetName($"Full mode equals jieba.cut(line, cut_all=True), {source}");
            yield return new TestCaseData("search.txt", SegmentationMode.Search, true, embedded).SetName($"Search mode equals jieba.cut_for_search(line), {source}");
        }
    }

    [TestCaseSource(nameof(ReferenceFiles))]
    public void Tokens_equal_jiebas_on_the_reference_text(string referenceFile, SegmentationMode mode, bool hmm, bool embedded)
    {
        var input = File.ReadAllLines(TestData.RequireShared("jieba/reference/input.zh.txt"));
        var expected = File.ReadAllLines(TestData.RequireShared("jieba/reference/" + referenceFile));
        var (lexicon, model) = embedded ? (Lexicon.Jieba, HmmModel.Jieba) : Jieba.Value;
        var segmenter = new JiebaSegmenter(lexicon, hmm ? model : null);
        Assert.That(expected, Has.Length.EqualTo(input.Length));

        var identical = 0;
        var unexplained = new List<string>();
        for (var i = 0; i < input.Length; i++)
        {
            var actual = string.Join(" / ", segmenter.Segment(input[i], mode).Select(t => t.Text));
            if (actual == expected[i])
            {
                identical++;
            }
            else if (!ExplainedDifferences.ContainsKey((referenceFile, i + 1)))
            {
                unexplained.Add($"line {i + 1}:\n  jieba: {expected[i]}\n  ours:  {actual}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That((double)identical / input.Length, Is.GreaterThanOrEqualTo(0.995), "share of identical lines");
            Assert.That(unexplained, Is.Empty, "lines that differ without an explanation");
        });
    }

    [Test]
    public void Part_of_speech_tags_equal_jieba_possegs_on_the_reference_text()
    {
        var input = File.ReadAllLines(TestData.RequireShared("jieba/reference/input.zh.txt"));
        var expected = File.ReadAllLines(TestData.RequireShared("jieba/reference/posseg.txt"));
        var tagger = new PartOfSpeechSegmenter(Lexicon.Jieba, PartOfSpeechModel.Jieba);
        Assert.That(expected, Has.Length.EqualTo(input.Length));

        var different = new List<string>();
        for (var i = 0; i < input.Length; i++)
        {
            var actual = string.Join(" / ", tagger.Segment(input[i]).Select(t => $"{t.Text}/{t.Tag.Code}"));
            if (actual != expected[i])
            {
                different.Add($"line {i + 1}:\n  jieba: {expected[i]}\n  ours:  {actual}");
            }
        }

        Assert.That(different, Is.Empty, "lines whose words or tags differ from jieba.posseg.cut(line)");
    }
}
