using System.Text;
using Extract.Documents;
using Extract.Reading;

namespace Extract.Tests.Reading;

/// <summary>Paragraphs cut by page breaks are joined again, however many pages they run over.</summary>
public sealed class DocumentBuilderTests
{
    // Each case: the blocks as pages give them ("|" parts the blocks), and the paragraphs expected (normalized: no
    // space between Chinese and figures).
    [TestCase("The number of invention patents granted in the city rose again in the year, while the inter-|national filings under the Patent Cooperation Treaty fell for the second year running, and the|courts heard more cases than before.",
        "The number of invention patents granted in the city rose again in the year, while the international filings under the Patent Cooperation Treaty fell for the second year running, and the courts heard more cases than before.")]
    [TestCase("全年全市专利授权量继续保持较快增长态势，专利结构持续优化，专利质量稳步提升，其中发明专利授权量|达到 2.3 万件，同比增长 9.8%，每万人口发明专利拥有量达到 53.5 件，位居全国前|列，知识产权保护水平进一步提高。",
        "全年全市专利授权量继续保持较快增长态势，专利结构持续优化，专利质量稳步提升，其中发明专利授权量达到2.3万件，同比增长9.8%，每万人口发明专利拥有量达到53.5件，位居全国前列，知识产权保护水平进一步提高。")]
    [TestCase("Patents granted|Trademarks registered", "Patents granted|Trademarks registered")]
    [TestCase("The courts of the city heard more intellectual property cases in the year than in any year before, and the judges of the specialised chambers decided|most of them within six months of the filing.|Appeals were fewer than in the year before.",
        "The courts of the city heard more intellectual property cases in the year than in any year before, and the judges of the specialised chambers decided most of them within six months of the filing.|Appeals were fewer than in the year before.")]
    public void Fragments_cut_by_page_breaks_are_one_paragraph(string blocks, string expected)
    {
        var document = Build(blocks.Split('|'));

        Assert.That(document.Blocks.Select(b => b.Text), Is.EqualTo(expected.Split('|')));
    }

    [Test]
    public void A_paragraph_over_thousands_of_pages_is_one_block_mapped_back_to_its_source()
    {
        // A fragment a page that never ends its sentence: joined once, not page by page.
        var pages = Enumerable.Range(1, 5_000).Select(p => $"on page {p} the report on the patents granted in the city goes on, as it did on the page before, and").ToArray();

        var document = Build(pages);

        var block = document.Blocks.Single();
        Assert.That(block.Text, Does.StartWith("on page 1 the report on the patents granted in the city goes on, as it did on the page before, and on page 2 the"));
        Assert.That(block.Text, Does.EndWith("on page 5000 the report on the patents granted in the city goes on, as it did on the page before, and"));
        var at = block.Text.IndexOf("page 4321", StringComparison.Ordinal);
        var source = document.ToSource(new TextSpan(block.Location.Span.Start + at, "page 4321".Length));
        Assert.That(document.Source.Substring(source.Start, source.Length), Is.EqualTo("page 4321"));
    }

    private static Document Build(string[] blocks)
    {
        var source = new StringBuilder();
        var lines = new List<SourceLine>();
        foreach (var block in blocks)
        {
            lines.Add(new SourceLine(block, source.Length));
            source.Append(block).Append("\n\n");
        }

        var builder = new DocumentBuilder("pages.txt", DocumentFormat.Text, source.ToString(), joinPageFragments: true);
        for (var i = 0; i < blocks.Length; i++)
        {
            builder.AddBlock([lines[i]], page: i + 1);
        }

        return builder.Build();
    }
}
