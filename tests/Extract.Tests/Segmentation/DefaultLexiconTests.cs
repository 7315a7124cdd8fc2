using Extract.Segmentation;
using Extract.Tests.Support;

namespace Extract.Tests.Segmentation;

/// <summary>The embedded lexicon alone cuts the 2019 white paper's Chinese edition so that every indicator name the
/// extractor needs comes out as the expected words (<c>Data/segmentation/indicators-2019.tsv</c>).</summary>
[TestFixture]
public class DefaultLexiconTests
{
    private static readonly Lazy<(string Text, Token[] Tokens)> WhitePaper = new(() =>
    {
        var text = ChineseEdition();
        return (text, new JiebaSegmenter().Segment(text).ToArray());
    });

    public static IEnumerable<TestCaseData> Indicators() =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "segmentation", "indicators-2019.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(fields => new TestCaseData(fields[0], fields[1]).SetArgDisplayNames(fields[0]));

    [TestCaseSource(nameof(Indicators))]
    public void Indicator_names_come_out_as_the_expected_words_wherever_they_occur_in_the_white_paper(string phrase, string expected)
    {
        var (text, tokens) = WhitePaper.Value;
        var occurrences = 0;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            occurrences++;
            var end = at + phrase.Length;
            var covering = tokens.Where(t => t.Span.End > at && t.Span.Start < end).ToArray();
            Assert.That(string.Join(" / ", covering.Select(t => t.Text)), Is.EqualTo(expected), $"at offset {at}");
            Assert.That(covering[0].Span.Start, Is.EqualTo(at), $"the first word starts with the phrase at offset {at}");
            Assert.That(covering[^1].Span.End, Is.EqualTo(end), $"the last word ends with the phrase at offset {at}");
        }

        Assert.That(occurrences, Is.Positive, "the phrase occurs in the white paper");
    }

    [Test]
    public void Numbers_with_decimals_and_percentages_stay_whole_and_are_tagged_as_numerals()
    {
        var tokens = new JiebaSegmenter().Segment("专利申请量 17.36 万件,同比增长 15.54%").Where(t => t.Text.Trim().Length > 0).ToArray();
        Assert.That(tokens.Select(t => $"{t.Text}/{t.Tag}"), Is.EqualTo(new[]
        {
            "专利/n", "申请量/n", "17.36/m", "万/m", "件/q", ",/x", "同比/d", "增长/v", "15.54%/m",
        }));
    }

    [Test]
    public void The_default_lexicon_is_shared_and_refuses_changes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lexicon.Default.IsReadOnly, Is.True);
            Assert.Throws<InvalidOperationException>(() => Lexicon.Default.AddWord("白皮书体"));
            Assert.That(Lexicon.Default.Contains("知识产权"), Is.True);
        });
    }

    [Test]
    public void A_copy_of_the_default_lexicon_takes_new_words_without_changing_the_shared_one()
    {
        var copy = Lexicon.LoadDefault();
        copy.AddWord("量质齐升工程", 5000);
        Assert.Multiple(() =>
        {
            Assert.That(copy.Contains("量质齐升工程"), Is.True);
            Assert.That(Lexicon.Default.Contains("量质齐升工程"), Is.False);
        });
    }

    [Test]
    public void The_default_lexicon_loads_once_when_many_threads_ask_for_it_at_once()
    {
        var seen = new Lexicon[8];
        Parallel.For(0, seen.Length, i => seen[i] = Lexicon.Default);
        Assert.That(seen, Is.All.SameAs(Lexicon.Default));
    }

    private static string ChineseEdition()
    {
        var lines = File.ReadAllLines(TestData.Sample("whitepaper-2019.zh-en.txt"));
        var end = Array.FindIndex(lines, l => l.StartsWith("Intellectual Property Development in Shanghai", StringComparison.Ordinal));
        Assert.That(end, Is.Positive, "the English edition's title closes the Chinese edition");
        return string.Join("\n", lines[..end]);
    }
}
