using System.Security.Cryptography;
using System.Text;
using Extract.Reading;
using Extract.Reading.Pdf;

namespace Extract.Tests.Reading.Pdf;

/// <summary>The standard security handler, revision 2 (RC4, 40-bit keys), on files encrypted here step by step as
/// ISO 32000-1 7.6.3 describes (algorithms 2, 3 and 4); the other revisions are read from the corpus.</summary>
[TestFixture]
public class PdfEncryptionTests
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    private static readonly byte[] FirstId = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");

    [TestCase("", null)]
    [TestCase("pw", "pw")]
    [TestCase("pw", "owner")]
    public void Rc4_40_bit_files_open_with_the_user_or_owner_password(string userPassword, string? given)
    {
        var bytes = Encrypted("Encrypted text.", userPassword, "owner");
        var document = new PdfReader(new PdfReaderOptions { Password = given }).Read(bytes, "rc4.pdf", ReaderOptions.Default, CancellationToken.None);
        Assert.That(document.Text, Is.EqualTo("Encrypted text."));
    }

    [TestCase(null, false)]
    [TestCase("nope", true)]
    public void Rc4_40_bit_files_with_a_user_password_need_it(string? given, bool passwordGiven)
    {
        var bytes = Encrypted("Encrypted text.", "pw", "owner");
        var error = Assert.Throws<PasswordRequiredException>(() => new PdfReader(new PdfReaderOptions { Password = given }).Read(bytes, "rc4.pdf", ReaderOptions.Default, CancellationToken.None));
        Assert.That(error!.PasswordGiven, Is.EqualTo(passwordGiven));
    }

    [Test]
    public void Other_security_handlers_are_reported_as_unsupported()
    {
        var bytes = PdfBuilder.WithText("x").Object(9, "<< /Filter /Adobe.PubSec /V 4 /R 4 >>").Build(trailerEntries: "/Encrypt 9 0 R /ID [<00> <00>] ");
        Assert.Throws<EncryptedDocumentException>(() => new PdfReader().Read(bytes, "pubsec.pdf", ReaderOptions.Default, CancellationToken.None));
    }

    // Each of these fails inside PdfPig in its own way (a password prompt, a division by zero, an argument error).
    [TestCase("/Filter /Standard /V 99 /R 2", "/V 99")]
    [TestCase("/Filter /Standard /V 99 /R 3", "/V 99")]
    [TestCase("/Filter /Standard /V 99 /R 4", "/V 99")]
    [TestCase("/Filter /Standard /V 99 /R 6", "/V 99")]
    [TestCase("/Filter /Standard /V 3 /R 3", "/V 3")]
    [TestCase("/Filter /Standard /V 2 /R 7", "/R 7")]
    [TestCase("/Filter /Standard /V 4 /R 4 /CF << /StdCF << /V 9 >> >>", null)]
    public void Encryption_the_standard_handler_does_not_define_is_reported_as_unsupported(string entries, string? named)
    {
        var bytes = PdfBuilder.WithText("x")
            .Object(9, $"<< {entries} /Length 128 /P -44 /O <{new string('A', 64)}> /U <{new string('B', 64)}> >>")
            .Build(trailerEntries: $"/Encrypt 9 0 R /ID [<{Convert.ToHexString(FirstId)}> <{Convert.ToHexString(FirstId)}>] ");
        var read = () => new PdfReader().Read(bytes, "odd.pdf", ReaderOptions.Default, CancellationToken.None);

        if (named is null)
        {
            // A crypt filter's own /V is not the dictionary's: a defined algorithm with a wrong key asks for a password.
            Assert.That(read, Throws.InstanceOf<PasswordRequiredException>().Or.InstanceOf<MalformedPdfException>());
            return;
        }

        var error = Assert.Throws<EncryptedDocumentException>(() => read())!;
        Assert.That(error.Message, Does.StartWith("odd.pdf").And.Contain(named));
    }

    [TestCase("Key", "Plaintext", "BBF316E8D940AF0AD3")]
    [TestCase("Wiki", "pedia", "1021BF0420")]
    [TestCase("Secret", "Attack at dawn", "45A01F645FC35B383552544B9BF5")]
    public void The_test_files_rc4_matches_the_published_test_vectors(string key, string plain, string cipher) =>
        Assert.That(Convert.ToHexString(Rc4.Transform(Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(plain))), Is.EqualTo(cipher));

    private static byte[] Encrypted(string text, string userPassword, string ownerPassword)
    {
        const int permissions = -44;
        // Algorithm 3: /O is the padded user password encrypted with a key from the owner password.
        var ownerKey = MD5.HashData(Pad(ownerPassword))[..5];
        var o = Rc4.Transform(ownerKey, Pad(userPassword));
        // Algorithm 2: the file key.
        var key = MD5.HashData([.. Pad(userPassword), .. o, .. BitConverter.GetBytes(permissions), .. FirstId])[..5];
        // Algorithm 4: /U is the padding encrypted with the file key.
        var u = Rc4.Transform(key, Padding);
        var content = PdfBuilder.Deflate(Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"));
        var objectKey = MD5.HashData([.. key, 5, 0, 0, 0, 0])[..10];
        return new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, "/Filter /FlateDecode", Rc4.Transform(objectKey, content))
            .Object(9, $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P {permissions} /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> >>")
            .Build(trailerEntries: $"/Encrypt 9 0 R /ID [<{Convert.ToHexString(FirstId)}> <{Convert.ToHexString(FirstId)}>] ");
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }
}
