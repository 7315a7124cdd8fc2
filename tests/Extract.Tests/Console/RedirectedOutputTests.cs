namespace Extract.Tests.Console;

/// <summary>Output read by a program or written to a file: tables as tab-separated rows with every value whole,
/// alignment sides uncut, a header on the sentences, and agreeing pairs in the report's words with dates as dates.</summary>
public sealed class RedirectedOutputTests
{
    private static readonly string Sample = TestData.Sample("whitepaper-2019.zh-en.txt");

    [Test]
    public void Quantities_are_tab_separated_rows_with_dates_as_dates()
    {
        var (code, output) = SampleConsole.Run("quantities", Sample);
        var lines = output.Split('\n');

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(lines[0], Is.EqualTo("Text\tValue\tUnit\tLabel\tApproximation\tDirection\tRole\tStart\tLength"));
        Assert.That(lines, Does.Contain("2020年4月\t2020-04\tdate\t\t\t\t\t30\t7"));
        Assert.That(output, Does.Not.Contain("│").And.Not.Contain("20200400"));
    }

    [Test]
    public void Facts_keep_their_names_whole()
    {
        var (code, output) = SampleConsole.Run("facts", Sample);

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output.Split('\n')[0], Is.EqualTo("Indicator\tName\tValue\tUnit\tPeriod\tChange\tStart"));
        Assert.That(output, Does.Contain("\tmaking Shanghai the nation's … highest province\t").And.Not.Contain("│"));
    }

    [Test]
    public void Align_prints_each_side_whole()
    {
        var (code, output) = SampleConsole.Run("align", Sample);

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("2019年,上海聚焦亚太地区知识产权中心城市建设目标,加快推进引领型知识产权强市建设"));
        Assert.That(output, Does.Not.Contain("…"));
    }

    [Test]
    public void Sentences_have_a_header()
    {
        var (_, output) = SampleConsole.Run("sentences", Sample);

        Assert.That(output.Split('\n')[0], Is.EqualTo("block\tlanguage\tstart\tlength\ttext"));
    }

    [Test]
    public void Matches_are_in_the_report_s_words_with_dates_as_dates()
    {
        var (_, output) = SampleConsole.Run("reconcile", Sample, "--matches");

        Assert.That(output, Does.Contain("= date: 2020年4月 (2020-04) <-> April, 2020 (2020-04)"));
        Assert.That(output, Does.Contain("= count: 17.36万件 (173,600) <-> 173,600"));
        Assert.That(output, Does.Not.Contain("20200400").And.Not.Contain(" Count ").And.Not.Contain(" Year "));
    }

    [Test]
    public void Split_writes_its_tables_as_rows()
    {
        var (code, output) = SampleConsole.Run("split", Sample);

        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("# Sections side by side\n#\tChinese\tEnglish\n1\t一、知识产权创造实现量质齐升\tI.Improvement in Both Quantity and Quality of IP Creations"));
    }

    [TestCase("md")]
    [TestCase("html")]
    [TestCase("json")]
    public void Reports_name_the_files_without_their_folders_unless_asked(string format)
    {
        var (_, output) = SampleConsole.Run("reconcile", Sample, "--format", format);
        var (_, full) = SampleConsole.Run("reconcile", Sample, "--format", format, "--full-paths");

        Assert.That(output, Does.Contain("whitepaper-2019.zh-en.txt").And.Not.Contain(Path.GetDirectoryName(Sample)!));
        Assert.That(full, Does.Contain(Path.GetDirectoryName(Sample)!));
    }

    [Test]
    public void Each_finding_names_its_section()
    {
        var (_, output) = SampleConsole.Run("reconcile", Sample);

        Assert.That(output, Does.Contain("zh (一、知识产权创造实现量质齐升): 上海有效商标注册量达到147.26万件"));
    }
}
