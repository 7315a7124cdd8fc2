using System.Text;
using Extract.Reading.Pdf;
using Extract.Reading.Pdf.Security;

namespace Extract.Tests.Reading.Pdf;

[TestFixture]
public class PdfSyntaxTests
{
    [TestCase("(a\\(b\\)c)", "a(b)c")]
    [TestCase("(line\\nbreak)", "line\nbreak")]
    [TestCase("(\\101\\102)", "AB")]
    [TestCase("(nested (parens) kept)", "nested (parens) kept")]
    [TestCase("(split \\\nline)", "split line")]
    [TestCase("<48656C6C6F>", "Hello")]
    [TestCase("<48 65 6>", "He`")]
    public void Strings_are_decoded(string syntax, string text)
    {
        var value = Parse(syntax);
        Assert.That(Encoding.Latin1.GetString(((PdfString)value).Bytes), Is.EqualTo(text));
    }

    [TestCase("/Name", "Name")]
    [TestCase("/A#20B", "A B")]
    [TestCase("/#E4#B8#8A", "上")]
    public void Names_resolve_their_escapes(string syntax, string name) =>
        Assert.That(((PdfName)Parse(syntax)).Value, Is.EqualTo(name));

    [TestCase("12", 12.0)]
    [TestCase("-3.5", -3.5)]
    [TestCase(".25", 0.25)]
    [TestCase("+7", 7.0)]
    [TestCase("--4", -4.0)]
    public void Numbers_are_read(string syntax, double value) =>
        Assert.That(((PdfNumber)Parse(syntax)).Value, Is.EqualTo(value));

    [TestCase("0.1", "0.1")]
    [TestCase("595.276", "595.276")]
    [TestCase("-0.0001", "-0.0001")]
    [TestCase("99999999999999999999999999999999", "79228162514264337593543950335")]
    public void Numbers_are_exact_as_written_and_saturate_past_what_a_decimal_holds(string syntax, string value) =>
        Assert.That(((PdfNumber)Parse(syntax)).Value, Is.EqualTo(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("-3904")]
    [TestCase("4294963392")]
    public void A_permission_word_keeps_its_bits_written_signed_or_unsigned(string syntax) =>
        Assert.That(((PdfNumber)Parse(syntax)).Bits, Is.EqualTo(-3904));

    [Test]
    public void A_count_past_the_range_of_int_clamps_to_it() =>
        Assert.That(((PdfNumber)Parse("99999999999")).IntValue, Is.EqualTo(int.MaxValue));

    [Test]
    public void Dictionaries_hold_arrays_references_and_nested_dictionaries()
    {
        var value = (PdfDictionary)Parse("<< /Type /Page /Kids [1 0 R 2 0 R] /Box [0 0 595.3 841.9] /Sub << /A true /B null >> % comment\n /C (x) >>");
        Assert.Multiple(() =>
        {
            Assert.That(value.NameOf("Type"), Is.EqualTo("Page"));
            Assert.That(((PdfArray)value["Kids"]!).Items.Cast<PdfReference>().Select(r => r.Id.Number), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(((PdfArray)value["Box"]!).Count, Is.EqualTo(4));
            Assert.That(((PdfDictionary)value["Sub"]!)["A"], Is.SameAs(PdfBoolean.True));
            Assert.That(((PdfDictionary)value["Sub"]!)["B"], Is.Null, "a null value is the same as no entry");
            Assert.That(value["C"], Is.InstanceOf<PdfString>());
        });
    }

    [Test]
    public void Nesting_beyond_the_limit_is_refused()
    {
        var parser = new ObjectParser(new Lexer(Encoding.ASCII.GetBytes(new string('[', 300))), 256);
        Assert.That(() => parser.ReadObject(), Throws.InstanceOf<PdfFormatException>().With.Message.Contains("nested"));
    }

    [Test]
    public void Indirect_objects_read_their_stream_data_by_length()
    {
        var lexer = new Lexer(Encoding.ASCII.GetBytes("7 0 obj\n<< /Length 5 >>\nstream\nabcde\nendstream\nendobj"));
        var (id, value) = new ObjectParser(lexer, 256).ReadIndirect();
        Assert.Multiple(() =>
        {
            Assert.That(id, Is.EqualTo(new ObjectId(7, 0)));
            Assert.That(Encoding.ASCII.GetString(((PdfStream)value).RawData.Span), Is.EqualTo("abcde"));
        });
    }

    [TestCase("Key", "Plaintext", "BBF316E8D940AF0AD3")]
    [TestCase("Wiki", "pedia", "1021BF0420")]
    [TestCase("Secret", "Attack at dawn", "45A01F645FC35B383552544B9BF5")]
    public void Rc4_matches_the_published_test_vectors(string key, string plain, string cipher) =>
        Assert.That(Convert.ToHexString(Rc4.Transform(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(plain))), Is.EqualTo(cipher));

    private static PdfObject Parse(string syntax) => new ObjectParser(new Lexer(Encoding.UTF8.GetBytes(syntax)), 256).ReadObject();
}
