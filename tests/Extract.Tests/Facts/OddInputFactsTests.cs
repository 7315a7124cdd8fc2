using System.Text;
using Extract.Documents;
using Extract.Facts;
using Extract.Sentences;

namespace Extract.Tests.Facts;

/// <summary>Input the rules were not written for still yields every figure as a fact, never an exception: random
/// mixtures of the characters the readers look at, a run-on sentence of thousands of figures, a document without
/// any figure.</summary>
[TestFixture]
public class OddInputFactsTests
{
    private static readonly FactExtractor Extractor = new();

    // The characters the readers react to: digits, scale and change words, separators, clause breaks, Latin words.
    private static readonly string[] Pieces =
    [
        "1", "7", ".", ",", "%", "万", "亿", "件", "人", "元", "年", "底", "同比", "增长", "分别", "和", "、", "各为", "其中", "截至",
        "上海", "法院", "审结", "专利申请量", ",", ";", "。", " ", "and", "up by", "year on year", "In", "By the end of", "2019",
        "cases", "Last year", "another", "respectively", "…", "#", "(", ")", "\"", "Twenty-two", "per 10,000", "million",
    ];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void Random_text_yields_facts_without_exception(int seed)
    {
        var random = new Random(seed);
        var sentences = new List<Sentence>();
        var offset = 0;
        for (var s = 0; s < 300; s++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 40);
            for (var i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var sentence = text.ToString();
            sentences.Add(new Sentence(sentence, new TextSpan(offset, sentence.Length), s / 5, LanguageDetector.Detect(sentence)));
            offset += sentence.Length + 1;
        }

        var facts = Extractor.Extract(sentences, 2019);
        Assert.That(facts.Select(f => f.Label), Has.All.Not.Empty);
        foreach (var fact in facts)
        {
            Assert.That(fact.Sentence.Span.Contains(fact.Span), Is.True, fact.ToString());
        }
    }

    [Test]
    public void A_run_on_sentence_of_thousands_of_figures_yields_each_of_them()
    {
        var text = string.Concat(Enumerable.Repeat("专利申请量17件和", 5000));
        var sentence = new Sentence(text, new TextSpan(0, text.Length), 0, Language.Chinese);
        var facts = Extractor.Extract([sentence], 2019);
        Assert.That(facts, Has.Length.EqualTo(5000));
        Assert.That(facts.Select(f => f.Value), Has.All.EqualTo(17m));
    }

    [Test]
    public void A_line_of_twenty_thousand_comma_separated_figures_yields_each_without_a_name()
    {
        // About 160 KB: the change and the clause of each figure were once read from the whole line, figure by figure.
        var text = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + " cases up by 3%"));
        var sentence = new Sentence(text, new TextSpan(0, text.Length), 0, Language.English);

        var facts = Extractor.Extract([sentence], 2019);

        Assert.That(facts.Where(f => f.Value == 1000m + 19_999m), Has.Exactly(1).Items);
        Assert.That(facts.Select(f => f.Indicator), Has.All.Null);
        Assert.That(facts.Count(f => f.Value == 3m), Is.EqualTo(20_000));
    }

    [Test]
    public void A_document_without_any_figure_gives_an_empty_list()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extract-facts-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "上海聚焦知识产权中心城市建设目标。\n\nThe reform was accomplished at the municipal level.\n");
        try
        {
            Assert.That(Extractor.Extract(new Extract.Reading.DocumentReader().Read(path)), Is.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
