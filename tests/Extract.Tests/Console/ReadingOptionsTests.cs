namespace Extract.Tests.Console;

/// <summary>Every console command reads documents the same way: <c>text</c> reads a web page with the HTML reader,
/// <c>--password</c> opens an encrypted PDF for any command, and the error for a missing password names that flag.</summary>
public sealed class ReadingOptionsTests
{
    [Test]
    public void Text_reads_a_web_page_with_the_html_reader()
    {
        var page = Path.Combine(Path.GetTempPath(), $"extract-page-{Guid.NewGuid():N}.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><title>White paper</title></head><body><article><h1>Intellectual property in 2019</h1><p>Patent filings reached 173,600, up 15.54% year on year.</p></article></body></html>");
        try
        {
            var (code, output) = SampleConsole.Run("text", page);

            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain(": Html, English").And.Contain("Patent filings reached 173,600"));
            Assert.That(output, Does.Not.Contain("<html").And.Not.Contain("<p>"));
        }
        finally
        {
            File.Delete(page);
        }
    }

    [TestCase("reconcile")]
    [TestCase("sentences")]
    [TestCase("quantities")]
    public void A_missing_password_is_asked_for_with_the_console_flag(string command)
    {
        var (code, output) = SampleConsole.Run(command, TestData.RequireShared("corpus/pdf/wp2019-zh.userpw.pdf"));

        Assert.That(code, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("wp2019-zh.userpw.pdf").And.Contain("give it with --password"));
        Assert.That(output, Does.Not.Contain("the PDF reader's options"));
    }

    [TestCase("sentences")]
    [TestCase("quantities")]
    [TestCase("text")]
    public void The_password_opens_an_encrypted_pdf_for_every_command_that_reads(string command)
    {
        var (code, output) = SampleConsole.Run(command, TestData.RequireShared("corpus/pdf/wp2019-zh.userpw.pdf"), "--password", "secret");

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("14"));
    }

    [Test]
    public void Reconcile_takes_the_password_of_an_encrypted_edition()
    {
        var (code, output) = SampleConsole.Run("reconcile", TestData.RequireShared("corpus/pdf/wp2019-zh.userpw.pdf"), TestData.RequireShared("corpus/pdf/wp2019-en.pdf"), "--password", "secret");

        Assert.That(code, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("[high] digits"));
    }
}
