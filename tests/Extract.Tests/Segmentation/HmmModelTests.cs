using Extract.Segmentation;
using Extract.Tests.Support;

namespace Extract.Tests.Segmentation;

/// <summary>Loading the HMM tables: jieba's values as they are, typed errors for missing, truncated or bad tables.</summary>
[TestFixture]
public class HmmModelTests
{
    private string _directory = "";

    [SetUp]
    public void CopyTables()
    {
        var shared = Path.GetDirectoryName(TestData.RequireShared("jieba/hmm_emit.tsv"))!;
        _directory = Path.Combine(Path.GetTempPath(), $"hmm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        foreach (var name in new[] { HmmModel.StartFileName, HmmModel.TransitionFileName, HmmModel.EmissionFileName })
        {
            File.Copy(Path.Combine(shared, name), Path.Combine(_directory, name));
        }
    }

    [TearDown]
    public void DeleteTables()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void The_tables_load_with_jiebas_values_and_absent_entries_count_as_min_float()
    {
        var model = HmmModel.Load(_directory);
        Assert.Multiple(() =>
        {
            Assert.That(model.Start[0], Is.EqualTo(-0.26268660809250016), "start B");
            Assert.That(model.Start[2], Is.EqualTo(-3.14e100), "start E");
            Assert.That(model.Transition[(0 * 4) + 2], Is.EqualTo(-0.51082562376599), "B to E");
            Assert.That(model.Transition[(0 * 4) + 0], Is.EqualTo(-3.14e100), "B to B is not listed");
            Assert.That(model.Emission[0]['一'], Is.EqualTo(-3.6544978750449433), "B emits 一");
            Assert.That(model.Emission[0]['A'], Is.EqualTo(-3.14e100), "B never emits A");
        });
    }

    [Test]
    public void A_missing_table_is_a_typed_error_naming_the_file()
    {
        File.Delete(Path.Combine(_directory, HmmModel.TransitionFileName));
        var error = Assert.Throws<DataFileNotFoundException>(() => HmmModel.Load(_directory));
        Assert.That(error!.SourcePath, Does.EndWith(HmmModel.TransitionFileName));
    }

    [Test]
    public void A_table_cut_short_mid_line_is_reported_as_truncated()
    {
        var path = Path.Combine(_directory, HmmModel.EmissionFileName);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<HmmModelFormatException>(() => HmmModel.Load(_directory));
        Assert.That(error!.Problem, Does.Contain("truncated"));
    }

    [Test]
    public void A_table_cut_short_at_a_line_end_is_reported_as_incomplete()
    {
        var path = Path.Combine(_directory, HmmModel.EmissionFileName);
        File.WriteAllLines(path, File.ReadAllLines(path).Where(line => !line.StartsWith('S')).ToArray());
        var error = Assert.Throws<HmmModelFormatException>(() => HmmModel.Load(_directory));
        Assert.That(error!.Problem, Does.Contain("state S has no emissions"));
    }

    [TestCase("hmm_start.tsv", "B\tnot-a-number\n", 1, "is not a log-probability")]
    [TestCase("hmm_start.tsv", "B\t-0.5\nQ\t-1\n", 2, "is not a state")]
    [TestCase("hmm_trans.tsv", "B\tE\n", 1, "expected 3 tab-separated fields")]
    [TestCase("hmm_emit.tsv", "B\t一二\t-1.5\n", 1, "expected one character")]
    public void A_bad_line_is_a_typed_error_naming_file_and_line(string file, string content, int line, string problem)
    {
        File.WriteAllText(Path.Combine(_directory, file), content);
        var error = Assert.Throws<HmmModelFormatException>(() => HmmModel.Load(_directory));
        Assert.Multiple(() =>
        {
            Assert.That(error!.SourcePath, Does.EndWith(file));
            Assert.That(error.LineNumber, Is.EqualTo(line));
            Assert.That(error.Problem, Does.Contain(problem));
        });
    }
}
