using Extract.Segmentation;
using Extract.Tests.Support;

namespace Extract.Tests.Segmentation;

/// <summary>Loading dictionaries in jieba's format: totals and log-probabilities as jieba computes them, typed errors
/// that name the line.</summary>
[TestFixture]
public class LexiconTests
{
    public static IEnumerable<TestCaseData> BadLines() =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "segmentation", "bad-dictionary-lines.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(fields => new TestCaseData(fields[0], fields[1], fields[2]).SetArgDisplayNames(fields[0], fields[1]));

    [Test]
    public void Jiebas_dictionary_loads_with_its_total_frequency_counting_the_duplicate_line()
    {
        var lexicon = Lexicon.Load(TestData.RequireShared("jieba/dict.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.TotalFrequency, Is.EqualTo(60_101_967));
            Assert.That(lexicon.LogTotal, Is.EqualTo(17.91155312775522));
            Assert.That(lexicon.WordCount, Is.EqualTo(349_045), "349,046 lines, B超 twice");
            Assert.That(lexicon.Frequency("B超"), Is.EqualTo(3));
            Assert.That(lexicon.TagOf("知识产权")?.Code, Is.EqualTo("n"));
            Assert.That(lexicon.Contains("C#"), Is.True);
            Assert.That(lexicon.Contains("c#"), Is.True);
            Assert.That(lexicon.Contains("知识产"), Is.False, "a prefix is not a word");
        });
    }

    [Test]
    public void The_total_counts_every_line_and_a_word_keeps_the_values_of_its_last_line()
    {
        var lexicon = Lexicon.FromLines(["专利 10 n", "商标 5 n", "专利 7 v"]);
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.TotalFrequency, Is.EqualTo(22));
            Assert.That(lexicon.Frequency("专利"), Is.EqualTo(7));
            Assert.That(lexicon.TagOf("专利")?.Code, Is.EqualTo("v"));
            Assert.That(lexicon.WordCount, Is.EqualTo(2));
            Assert.That(lexicon.LogTotal, Is.EqualTo(Math.Log(22)));
        });
    }

    [Test]
    public void Blank_lines_and_a_byte_order_mark_are_skipped()
    {
        var lexicon = Lexicon.FromLines(["\uFEFF专利 10 n", "", "  ", "商标 5"]);
        Assert.Multiple(() =>
        {
            Assert.That(lexicon.Contains("专利"), Is.True);
            Assert.That(lexicon.TagOf("商标"), Is.Null);
            Assert.That(lexicon.TotalFrequency, Is.EqualTo(15));
        });
    }

    [TestCaseSource(nameof(BadLines))]
    public void A_bad_line_is_refused_with_its_line_number(string mode, string line, string problem)
    {
        DictionaryFormatException? error;
        if (mode == "main")
        {
            error = Assert.Throws<DictionaryFormatException>(() => Lexicon.FromLines(["商标 5 n", line], "test.dict"));
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"user-{Guid.NewGuid():N}.txt");
            File.WriteAllLines(path, ["商标 5 n", line]);
            try
            {
                error = Assert.Throws<DictionaryFormatException>(() => Lexicon.FromLines(["专利 5 n"]).LoadUserDictionary(path));
            }
            finally
            {
                File.Delete(path);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(error!.LineNumber, Is.EqualTo(2));
            Assert.That(error.Problem, Does.Contain(problem));
            Assert.That(error.Message, Does.Contain("line 2"));
        });
    }

    [Test]
    public void A_missing_dictionary_file_is_a_typed_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dictionary.txt");
        var error = Assert.Throws<DataFileNotFoundException>(() => Lexicon.Load(path));
        Assert.That(error!.SourcePath, Is.EqualTo(path));
    }

    [Test]
    public void A_dictionary_that_is_not_utf8_is_refused_at_the_bad_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"latin1-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [.. "专利 5 n\n"u8, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x35, 0x0A]);
        try
        {
            var error = Assert.Throws<DictionaryFormatException>(() => Lexicon.Load(path));
            Assert.That(error!.LineNumber, Is.EqualTo(2));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
