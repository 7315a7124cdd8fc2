using Extract.Segmentation;
using Extract.Tests.Support;

namespace Extract.Tests.Segmentation;

/// <summary>Changing the words at run time as jieba's <c>add_word</c>, <c>del_word</c>, <c>load_userdict</c> and
/// <c>suggest_freq</c> do. Expected values with jieba's dictionary were obtained from jieba 0.42.1 itself.</summary>
[TestFixture]
public class UserDictionaryTests
{
    private static string Cut(JiebaSegmenter segmenter, string text) => string.Join("/", segmenter.Segment(text).Select(t => t.Text));

    [Test]
    public void Suggested_frequencies_and_their_effect_are_jiebas()
    {
        var lexicon = Lexicon.Load(TestData.RequireShared("jieba/dict.txt"));
        var segmenter = new JiebaSegmenter(lexicon);
        Assert.Multiple(() =>
        {
            Assert.That(Cut(segmenter, "如果放到post中将出错。"), Is.EqualTo("如果/放到/post/中将/出错/。"));
            Assert.That(lexicon.SuggestFrequency(["中", "将"]), Is.EqualTo(494));
            Assert.That(lexicon.SuggestFrequency("台中"), Is.EqualTo(69));
            Assert.That(Cut(segmenter, "「台中」正确应该不会被切开"), Is.EqualTo("「/台/中/」/正确/应该/不会/被/切开"));
        });

        lexicon.SuggestFrequency(["中", "将"], apply: true);
        lexicon.SuggestFrequency("台中", apply: true);
        Assert.Multiple(() =>
        {
            Assert.That(Cut(segmenter, "如果放到post中将出错。"), Is.EqualTo("如果/放到/post/中/将/出错/。"));
            Assert.That(Cut(segmenter, "「台中」正确应该不会被切开"), Is.EqualTo("「/台中/」/正确/应该/不会/被/切开"));
            Assert.That(lexicon.TotalFrequency, Is.EqualTo(60_102_530));
        });
    }

    [Test]
    public void A_removed_word_is_no_longer_cut_out_even_by_the_hmm_and_an_added_one_is()
    {
        var directory = Path.GetDirectoryName(TestData.RequireShared("jieba/hmm_emit.tsv"))!;
        var lexicon = Lexicon.Load(TestData.RequireShared("jieba/dict.txt"));
        var segmenter = new JiebaSegmenter(lexicon, HmmModel.Load(directory));
        lexicon.RemoveWord("知识产权");
        Assert.That(Cut(segmenter, "上海知识产权白皮书"), Is.EqualTo("上海/知识/产权/白皮书"));

        Assert.That(lexicon.AddWord("量质齐升"), Is.EqualTo(1), "jieba suggests 1: the characters alone are far less probable");
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.TotalFrequency, Is.EqualTo(60_101_968));
            Assert.That(Cut(segmenter, "实现量质齐升"), Is.EqualTo("实现/量质齐升"));
        });
    }

    [Test]
    public void A_user_dictionary_file_adds_words_with_or_without_frequency_and_tag()
    {
        var lexicon = Lexicon.LoadDefault();
        var before = new JiebaSegmenter(lexicon).Segment("白皮书体").Count();
        lexicon.LoadUserDictionary(TestData.Fixture("segmentation", "user-dictionary.txt"));
        var segmenter = new JiebaSegmenter(lexicon);
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.GreaterThan(1));
            Assert.That(lexicon.Frequency("量质齐升"), Is.EqualTo(1000));
            Assert.That(lexicon.TagOf("量质齐升")?.Code, Is.EqualTo("l"));
            Assert.That(lexicon.TagOf("白皮书体")?.Code, Is.EqualTo("n"));
            Assert.That(lexicon.Frequency("强市"), Is.EqualTo(2000));
            Assert.That(lexicon.Contains("引领型"), Is.True);
            Assert.That(lexicon.Contains("知识产权"), Is.False, "frequency 0 removes the word");
            Assert.That(segmenter.Segment("白皮书体").Select(t => t.Text), Is.EqualTo(new[] { "白皮书体" }));
        });
    }

    [Test]
    public void A_user_dictionary_with_a_bad_frequency_names_the_file_and_line()
    {
        var path = TestData.Fixture("segmentation", "user-dictionary-bad-frequency.txt");
        var error = Assert.Throws<DictionaryFormatException>(() => Lexicon.LoadDefault().LoadUserDictionary(path));
        Assert.Multiple(() =>
        {
            Assert.That(error!.SourcePath, Is.EqualTo(path));
            Assert.That(error.LineNumber, Is.EqualTo(3));
            Assert.That(error.Problem, Does.Contain("\"2x00\""));
        });
    }

    [Test]
    public void Words_with_white_space_or_empty_words_are_refused()
    {
        var lexicon = Lexicon.LoadDefault();
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => lexicon.AddWord(""));
            Assert.Throws<ArgumentException>(() => lexicon.AddWord("知识 产权", 5));
            Assert.Throws<ArgumentOutOfRangeException>(() => lexicon.AddWord("知识产权", -1));
        });
    }

    [Test]
    public void Segmenting_on_many_threads_while_words_are_added_gives_whole_words_and_no_errors()
    {
        var lexicon = Lexicon.LoadDefault();
        var segmenter = new JiebaSegmenter(lexicon) { KeepNumbersWhole = true };
        const string Text = "上海专利申请量 17.36 万件,同比增长 15.54%。";
        var expected = string.Join("/", segmenter.Segment(Text).Select(t => t.Text));
        var failures = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                lexicon.AddWord($"词{i}", 10 + i, PartOfSpeech.Of("nz"));
            }
        });
        Parallel.For(0, 2000, _ =>
        {
            if (string.Join("/", segmenter.Segment(Text).Select(t => t.Text)) != expected)
            {
                Interlocked.Increment(ref failures);
            }
        });
        writer.Wait();
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Zero);
            Assert.That(lexicon.Frequency("词1999"), Is.EqualTo(2009));
        });
    }
}
