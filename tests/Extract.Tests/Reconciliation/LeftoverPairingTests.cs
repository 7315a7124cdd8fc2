using Extract.Documents;
using Extract.Quantities;
using Extract.Reconciliation;
using Extract.Sentences;

namespace Extract.Tests.Reconciliation;

/// <summary>When two figures left without an agreeing partner are taken for the two sides of one error.</summary>
[TestFixture]
public class LeftoverPairingTests
{
    private static List<Figure> Figures(string text, Language language)
    {
        var sentence = new Sentence(text, new TextSpan(0, text.Length), 0, language);
        return [.. QuantityRecognizer.Recognize(sentence).Select(q => new Figure(q, sentence))];
    }

    // Pairs the equal values as the matcher would, then the leftovers.
    private static List<CandidatePair> Leftovers(string zh, string en, bool doubtful = false)
    {
        var (chinese, english) = (Figures(zh, Language.Chinese), Figures(en, Language.English));
        var scope = new ScopeFigures([.. chinese], [.. english], doubtful);
        var partners = new Partners();
        FigureMatcher.Match(chinese, english, exactOnly: false).ForEach(partners.Add);
        return LeftoverPairing.Pair(scope, chinese, english, partners);
    }

    [Test]
    public void Unrelated_values_between_the_same_agreeing_figures_pair_firmly()
    {
        var pair = Leftovers("授权27项,国际登录14个,地理标志产品8个。", "27 were granted, another 6 registered, and 8 products protected.").Single();

        Assert.That((pair.Chinese.Quantity.Value, pair.English.Quantity.Value, pair.Anchored), Is.EqualTo((14m, 6m, true)));
    }

    [Test]
    public void Unrelated_values_on_either_side_of_an_agreeing_figure_do_not_pair()
    {
        Assert.That(Leftovers("登记数29.18万件,地理标志商标16件。", "Shanghai boasted 16 trademarks and 8 products."), Is.Empty);
    }

    [Test]
    public void Related_values_pair_wherever_they_stand()
    {
        var pair = Leftovers("注册量147.26万件,同比增长28.13%。", "Up by 28.13%, the total hit 1.4736 million.").Single();

        Assert.That((pair.Chinese.Quantity.Value, pair.English.Quantity.Value, pair.Anchored), Is.EqualTo((1472600m, 1473600m, true)));
    }

    [Test]
    public void A_lone_pair_with_nothing_agreeing_beside_it_is_a_guess()
    {
        Assert.That(Leftovers("全市共有专利代理机构175家。", "There were 230 patent agencies.").Single().Anchored, Is.False);
    }

    [Test]
    public void A_pair_in_a_link_the_aligner_doubts_is_a_guess()
    {
        Assert.That(Leftovers("授权27项,国际登录14个,地理标志产品8个。", "27 were granted, another 6 registered, and 8 products protected.", doubtful: true).Single().Anchored, Is.False);
    }

    [Test]
    public void A_clause_turned_round_pairs_counts_of_the_same_kind_of_thing()
    {
        var pair = Leftovers("批准逮捕356件697人。", "approved a total of 596 suspects from 356 cases for arrest.").Single();

        Assert.That((pair.Chinese.Quantity.Value, pair.English.Quantity.Value), Is.EqualTo((697m, 596m)));
    }
}
