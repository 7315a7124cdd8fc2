using System.Text;
using Extract.Reading.Pdf.PdfPig;

namespace Extract.Tests.Reading.Pdf.PdfPig;

/// <summary>The token scan that measures a content stream before PdfPig parses it: what it shows, what it draws and
/// what its damaged operators would cost the parser.</summary>
[TestFixture]
public class ContentTokensTests
{
    [TestCase("BT /F1 12 Tf 72 720 Td (Hello) Tj [(a) 120 (b)] TJ ET q 1 0 0 1 0 0 cm /Im1 Do Q 0 0 1 rg 0 0 m 10 10 l S")]
    [TestCase("q BI /W 1 /H 1 /BPC 8 /CS /G ID \x01 EI Q BT <00410042> Tj ET /Tag <</MCID 0>> BDC EMC 0.5 g [1 2] 0 d")]
    public void Well_formed_content_costs_no_recovery(string content) =>
        Assert.That(ContentTokens.Scan(Encoding.Latin1.GetBytes(content)).RecoverySteps, Is.Zero);

    [Test]
    public void An_unknown_operator_costs_the_operations_since_the_last_text_end()
    {
        var content = Encoding.ASCII.GetBytes("BT " + Repeat("1 0 Td ", 100) + "zz ET " + "1 0 0 1 0 0 cm zz");
        // BT and 100 Td before the first zz, then ET ends the text object: cm alone before the second.
        Assert.That(ContentTokens.Scan(content).RecoverySteps, Is.EqualTo(101 + 1));
    }

    [TestCase("(a) (b) Tj", "a text-showing operator takes exactly one operand")]
    [TestCase("1 Td", "Td needs two")]
    [TestCase("1 2 3 4 5 6 7 cm", "cm takes exactly six")]
    [TestCase("[1 2] d", "d needs an array and a phase")]
    public void An_operator_with_bad_operands_costs_two_look_backs_and_an_exception(string bad, string why)
    {
        var content = Encoding.ASCII.GetBytes("q q q " + bad);
        Assert.That(ContentTokens.Scan(content).RecoverySteps, Is.EqualTo((2 * 3) + ContentTokens.ExceptionSteps), why);
    }

    // A stray delimiter, and "5T" (the number 5 and the operator T), as PdfPig 0.1.16 reads them.
    [TestCase("q q ) Q", 2)]
    [TestCase("q q 5T Q", 2)]
    // A broken hex string is read on after its "<" (zz and ">" each cost 2), where PdfPig drops what it holds and
    // meets only ">" (2): the measure is an upper bound of the parser's work.
    [TestCase("q q <00 zz> Q", 2 + 2)]
    // No dictionary holds an operator: the broken one ends at T6, which with Q and zz makes 2 + 3.
    [TestCase("q q << /A T6 Q zz", 2 + 3)]
    // An array holds what it meets up to its "]".
    [TestCase("q q [ 1 T6 ] zz Q", 2)]
    public void Stray_delimiters_broken_strings_and_glued_numbers_are_operators_the_parser_does_not_know(string content, long steps) =>
        Assert.That(ContentTokens.Scan(Encoding.ASCII.GetBytes(content)).RecoverySteps, Is.EqualTo(steps));

    [Test]
    public void Strings_and_draws_are_counted()
    {
        var measure = ContentTokens.Scan(Encoding.ASCII.GetBytes("BT (Hello) Tj <0041> Tj ET /X Do /X Do /Y Do"));
        Assert.Multiple(() =>
        {
            Assert.That(measure.TextBytes, Is.EqualTo(5 + 3));
            Assert.That(measure.Draws, Is.EquivalentTo(new Dictionary<string, long> { ["X"] = 2, ["Y"] = 1 }));
        });
    }

    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));
}
