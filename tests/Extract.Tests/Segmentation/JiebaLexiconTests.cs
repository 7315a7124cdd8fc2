using Extract.Segmentation;
using Extract.Tests.Support;

namespace Extract.Tests.Segmentation;

/// <summary>jieba's dictionary as embedded in the library: complete, shared and immutable, with user words layered on
/// top as jieba's <c>add_word</c> and <c>del_word</c> change its own dictionary, for cutting and for tagging.</summary>
[TestFixture]
public class JiebaLexiconTests
{
    public static IEnumerable<TestCaseData> UserWordCases()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "segmentation", "jieba-user-words.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            yield return new TestCaseData(fields[0], fields[1], fields[2] == "hmm", fields[3], fields[4])
                .SetName($"{fields[1]} {fields[2]} with changes {fields[0]}: {fields[3][..8]}…");
        }
    }

    [Test]
    public void The_embedded_dictionary_is_jiebas_whole_dictionary()
    {
        var jieba = Lexicon.Jieba;
        Assert.Multiple(() =>
        {
            Assert.That(jieba.WordCount, Is.EqualTo(349_045), "349,046 lines, B超 twice");
            Assert.That(jieba.TotalFrequency, Is.EqualTo(60_101_967));
            Assert.That(jieba.Frequency("知识产权"), Is.EqualTo(716));
            Assert.That(jieba.TagOf("知识产权")?.Code, Is.EqualTo("n"));
            Assert.That(jieba.Contains("AT&T") && jieba.Contains("c++") && jieba.Contains("C#"), Is.True);
            Assert.That(jieba.Contains("知识产"), Is.False, "a prefix is no word");
            Assert.That(jieba.IsReadOnly, Is.True);
            Assert.Throws<InvalidOperationException>(() => jieba.AddWord("量质齐升"));
        });
    }

    [Test]
    public void The_embedded_dictionary_equals_jiebas_file_word_for_word()
    {
        var jieba = Lexicon.Jieba;
        var mismatches = new List<string>();
        foreach (var line in File.ReadLines(TestData.RequireShared("jieba/dict.txt")))
        {
            var fields = line.Split(' ');
            if (jieba.TagOf(fields[0])?.Code != fields[2] || jieba.Frequency(fields[0]) <= 0)
            {
                mismatches.Add(line);
            }
        }

        var fromFile = Lexicon.Load(TestData.RequireShared("jieba/dict.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(mismatches, Is.Empty);
            Assert.That(jieba.WordCount, Is.EqualTo(fromFile.WordCount));
            Assert.That(jieba.TotalFrequency, Is.EqualTo(fromFile.TotalFrequency));
        });
    }

    [TestCaseSource(nameof(UserWordCases))]
    public void Words_added_and_removed_in_a_layer_cut_and_tag_as_in_jieba(string changes, string function, bool hmm, string text, string expected)
    {
        var lexicon = changes == "-" ? Lexicon.Jieba : Apply(Lexicon.Jieba.CreateLayer(), changes);
        ISegmenter segmenter = function == "posseg"
            ? new PartOfSpeechSegmenter(lexicon, hmm: hmm)
            : new JiebaSegmenter(lexicon, hmm ? HmmModel.Jieba : null);
        var tokens = segmenter.Segment(text).Select(t => function == "posseg" ? $"{t.Text}/{t.Tag.Code}" : t.Text);
        Assert.That(string.Join(" / ", tokens), Is.EqualTo(expected));
    }

    [Test]
    public void A_layer_hides_the_base_words_it_changes_without_changing_or_copying_the_base()
    {
        var layer = Lexicon.Jieba.CreateLayer();
        var other = Lexicon.Jieba.CreateLayer();
        layer.RemoveWord("知识产权");
        layer.AddWord("量质齐升", 50, PartOfSpeech.Of("l"));
        layer.AddWord("专利", 9000);
        Assert.Multiple(() =>
        {
            Assert.That(layer.Contains("知识产权"), Is.False);
            Assert.That(layer.Frequency("量质齐升"), Is.EqualTo(50));
            Assert.That(layer.TagOf("专利")?.Code, Is.EqualTo(Lexicon.Jieba.TagOf("专利")?.Code), "a changed frequency keeps the base's tag");
            Assert.That(layer.WordCount, Is.EqualTo(349_045 - 1 + 1));
            Assert.That(layer.TotalFrequency, Is.EqualTo(60_101_967 + 0 + 50 + 9000));
            Assert.That(layer.Trie.NodeCount, Is.LessThan(20), "the layer holds its own words only");
            Assert.That(Lexicon.Jieba.Contains("知识产权") && other.Contains("知识产权"), Is.True);
            Assert.That(Lexicon.Jieba.Contains("量质齐升") || other.Contains("量质齐升"), Is.False);
            Assert.That(Lexicon.Jieba.Frequency("专利"), Is.Not.EqualTo(9000));
            Assert.Throws<InvalidOperationException>(() => layer.CreateLayer(), "layers do not stack");
        });
    }

    [Test]
    public void Many_removals_each_split_their_word()
    {
        // Bulk del_word: every removed word is cut into characters by the HMM too (each is added to the set of
        // forced splits in place; the benchmarks time it).
        var layer = Lexicon.Jieba.CreateLayer();
        var words = File.ReadLines(TestData.RequireShared("jieba/dict.txt"))
            .Select(l => l.Split(' ')[0])
            .Where(w => w.Length == 2 && w.All(c => c is >= '\u4E00' and <= '\u9FD5'))
            .Take(5000)
            .ToList();
        foreach (var word in words)
        {
            layer.RemoveWord(word);
        }

        var segmenter = new JiebaSegmenter(layer, HmmModel.Jieba);
        var whole = words.Where(w => segmenter.Segment(w).Count() == 1).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(whole, Is.Empty, "removed words still cut whole");
            Assert.That(layer.WordCount, Is.EqualTo(349_045 - words.Distinct().Count()));
        });
    }

    [Test]
    public void Loading_is_lazy_and_every_thread_sees_one_instance()
    {
        var seen = new Lexicon[16];
        Parallel.For(0, seen.Length, i => seen[i] = Lexicon.Jieba);
        var models = new (HmmModel, PartOfSpeechModel)[8];
        Parallel.For(0, models.Length, i => models[i] = (HmmModel.Jieba, PartOfSpeechModel.Jieba));
        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.All.SameAs(Lexicon.Jieba));
            Assert.That(models.Select(m => m.Item1).Distinct().Count(), Is.EqualTo(1));
            Assert.That(models.Select(m => m.Item2).Distinct().Count(), Is.EqualTo(1));
        });
    }

    private static Lexicon Apply(Lexicon lexicon, string changes)
    {
        foreach (var change in changes.Split('|'))
        {
            var f = change.Split(' ');
            if (f[0] == "del")
            {
                lexicon.RemoveWord(f[1]);
            }
            else
            {
                lexicon.AddWord(f[1], f[2] == "-" ? null : int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3] == "-" ? null : PartOfSpeech.Of(f[3]));
            }
        }

        return lexicon;
    }
}
