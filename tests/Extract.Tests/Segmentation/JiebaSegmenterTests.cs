using System.Text;
using Extract.Documents;
using Extract.Segmentation;
using Extract.Sentences;
using Extract.Tests.Support;

namespace Extract.Tests.Segmentation;

/// <summary>The segmenter's behaviour on its own terms: modes, tags, spans, and input that is empty, broken or huge.</summary>
[TestFixture]
public class JiebaSegmenterTests
{
    private static readonly JiebaSegmenter Default = new();

    public static IEnumerable<TestCaseData> TaggedCases() =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "segmentation", "pos-tags.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Select(fields => new TestCaseData(fields[0], fields[1]).SetArgDisplayNames(fields[0]));

    [TestCaseSource(nameof(TaggedCases))]
    public void Tokens_carry_dictionary_tags_and_numeral_classifier_latin_and_symbol_tags(string text, string expected)
    {
        var tokens = Default.Segment(text).Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => $"{t.Text}/{t.Tag}");
        Assert.That(string.Join(" / ", tokens), Is.EqualTo(expected));
    }

    [Test]
    public void Precise_tokens_concatenate_to_the_input_and_their_spans_point_at_them()
    {
        const string Text = "2019年,上海专利申请量 17.36 万件\r\n同比增长 15.54%。";
        var tokens = Default.Segment(Text).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(tokens.Select(t => t.Text)), Is.EqualTo(Text));
            Assert.That(tokens.Select(t => Text.Substring(t.Span.Start, t.Span.Length)), Is.EqualTo(tokens.Select(t => t.Text)));
            Assert.That(tokens.Select(t => t.Text), Does.Contain("\r\n"), "CR LF is one token");
        });
    }

    [Test]
    public void Full_mode_lists_overlapping_words_and_the_empty_tokens_jieba_puts_beside_white_space()
    {
        var tokens = Default.Segment("知识产权办公室 2020", SegmentationMode.Full).Select(t => t.Text).ToArray();
        Assert.That(tokens, Is.EqualTo(new[] { "知识", "知识产权", "产权", "办公室", "", " ", "", "2020" }));
    }

    [Test]
    public void Search_mode_lists_the_two_and_three_character_dictionary_words_inside_a_long_word_before_it()
    {
        // As in jieba, only words of two and three characters are looked for inside: 知识产权 is not listed again.
        var tokens = Default.Segment("上海知识产权局人民政府", SegmentationMode.Search).Select(t => t.Text).ToArray();
        Assert.That(tokens, Is.EqualTo(new[] { "上海", "知识", "产权", "知识产权局", "人民", "政府", "人民政府" }));
    }

    [Test]
    public void Segmenting_a_sentence_gives_spans_into_the_document()
    {
        var sentence = new Sentence("专利申请量增长。", new TextSpan(100, 8), BlockIndex: 3, Language.Chinese);
        var tokens = Default.Segment(sentence).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "专利", "申请量", "增长", "。" }));
            Assert.That(tokens.Select(t => t.Span.Start), Is.EqualTo(new[] { 100, 102, 105, 107 }));
        });
    }

    [Test]
    public void Empty_text_gives_no_tokens_in_any_mode()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Default.Segment(""), Is.Empty);
            Assert.That(Default.Segment("", SegmentationMode.Full), Is.Empty);
            Assert.That(Default.Segment("", SegmentationMode.Search), Is.Empty);
        });
    }

    [Test]
    public void Lone_surrogates_and_control_characters_become_tokens_of_their_own_and_nothing_is_lost()
    {
        const string Text = "专利\uD800申请\uDC00量\u0001\u0000商标\u001F😀版权";
        var tokens = Default.Segment(Text).Select(t => t.Text).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(tokens), Is.EqualTo(Text));
            Assert.That(tokens, Does.Contain("\uD800").And.Contain("\uDC00").And.Contain("\u0001").And.Contain("\u0000"));
            Assert.That(tokens, Does.Contain("😀"), "a surrogate pair stays one token, as Python sees one code point");
            Assert.That(tokens, Does.Contain("\u001F"), "U+001F is white space to Python and a token of its own");
        });
    }

    [Test]
    public void A_ten_megabyte_line_without_punctuation_is_cut_in_one_pass_into_words()
    {
        var line = TenMegabyteLine();
        var count = 0;
        var covered = 0;
        var longest = 0;
        foreach (var token in Default.Segment(line))
        {
            Assert.That(token.Span.Start, Is.EqualTo(covered), "tokens follow each other");
            covered = token.Span.End;
            longest = Math.Max(longest, token.Span.Length);
            count++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(covered, Is.EqualTo(line.Length));
            Assert.That(count, Is.InRange(line.Length / 4, line.Length * 3 / 4), "mostly words of two or more characters");
            Assert.That(longest, Is.LessThanOrEqualTo(Lexicon.MaxWordLength));
        });
    }

    [Test]
    public void A_ten_megabyte_line_is_also_cut_with_jiebas_dictionary_and_hmm_in_every_mode()
    {
        var lexicon = Lexicon.Load(TestData.RequireShared("jieba/dict.txt"));
        var segmenter = new JiebaSegmenter(lexicon, HmmModel.Load(Path.GetDirectoryName(TestData.RequireShared("jieba/hmm_emit.tsv"))!));
        var line = TenMegabyteLine();
        Assert.Multiple(() =>
        {
            Assert.That(segmenter.Segment(line).Sum(t => t.Span.Length), Is.EqualTo(line.Length));
            Assert.That(segmenter.Segment(line, SegmentationMode.Full).Count(), Is.GreaterThan(line.Length / 4));
            Assert.That(segmenter.Segment(line, SegmentationMode.Search).Count(), Is.GreaterThan(line.Length / 4));
        });
    }

    [Test]
    public void An_unknown_mode_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Default.Segment("专利", (SegmentationMode)42));
    }

    /// <summary>The white paper's Chinese text with everything but Han characters removed, repeated to 10 MB of UTF-8.</summary>
    private static string TenMegabyteLine()
    {
        var han = new string(File.ReadAllText(TestData.Sample("whitepaper-2019.zh-en.txt")).Where(c => c is >= '\u4E00' and <= '\u9FD5').ToArray());
        var builder = new StringBuilder();
        while (builder.Length * 3 < 10 * 1024 * 1024)
        {
            builder.Append(han);
        }

        return builder.ToString();
    }
}
