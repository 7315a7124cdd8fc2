using System.Text;
using Extract.Reporting;

namespace Extract.Tests.Reporting;

[TestFixture]
public class CsvReportWriterTests
{
    private static IEnumerable<TestCaseData> Fields() => CaseFile.Read("reporting", "csv-fields.txt");

    [TestCaseSource(nameof(Fields))]
    public void AFieldIsQuotedOnlyWhenItMustBe(string field, string expected)
    {
        using var output = new StringWriter();
        var row = new CsvRow(output);
        row.Add(field);
        row.End();

        Assert.That(output.ToString(), Is.EqualTo(expected + "\r\n"));
    }

    [Test]
    public void RowsEndWithCrLfAndStartWithTheHeader()
    {
        var csv = ReportWriters.For(ReportFormat.Csv).WriteToString(Reports.WhitePaper2019);
        var rows = Parse(csv);

        Assert.Multiple(() =>
        {
            Assert.That(rows[0], Is.EqualTo(new[] { "kind", "severity", "zh_text", "zh_value", "en_text", "en_value", "message", "zh_sentence", "en_sentence", "zh_start", "en_start", "segment", "zh_place", "en_place" }));
            Assert.That(rows, Has.Count.EqualTo(Reports.WhitePaper2019.Discrepancies.Length + 1));
            Assert.That(rows, Has.All.Length.EqualTo(14));
            Assert.That(csv, Does.EndWith("\r\n"));
            Assert.That(csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain('\n'), "no bare line feed in the real report");
        });
    }

    [TestCaseSource(typeof(ExpectedFinding), nameof(ExpectedFinding.All))]
    public void EveryRealFindingIsARowWithItsKindSeverityTextsAndValues(ExpectedFinding expected)
    {
        var rows = Parse(ReportWriters.For(ReportFormat.Csv).WriteToString(Reports.WhitePaper2019));

        var found = rows.Skip(1).Where(r => r[0] == expected.Kind && r[2] == (expected.ChineseText ?? string.Empty) && r[4] == (expected.EnglishText ?? string.Empty)).ToList();

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(
            new[] { found[0][1], found[0][3], found[0][5] },
            Is.EqualTo(new[] { expected.Severity, expected.ChineseValue ?? string.Empty, expected.EnglishValue ?? string.Empty }));
    }

    [Test]
    public void FieldsWithCommasQuotesAndLineBreaksComeBackExactly()
    {
        var rows = Parse(ReportWriters.For(ReportFormat.Csv).WriteToString(Reports.Hazardous()));

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(3));
            Assert.That(rows[1][6], Is.EqualTo(Reports.Message));
            Assert.That(rows[1][7], Is.EqualTo(Reports.ChineseSentence));
            Assert.That(rows[1][8], Is.EqualTo(Reports.EnglishSentence));
            Assert.That(rows[1][3], Is.EqualTo("173600"));
            Assert.That(rows[2][4..6], Is.EqualTo(new[] { string.Empty, string.Empty }), "an omission has no English figure");
        });
    }

    [Test]
    public void AFileIsWrittenWithAByteOrderMarkForSpreadsheets()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extract-report-{Guid.NewGuid():N}.csv");
        try
        {
            ReportWriters.For(ReportFormat.Csv).WriteFile(Reports.Hazardous(), path);
            var bytes = File.ReadAllBytes(path);

            Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), Does.StartWith("kind,severity,"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A strict RFC 4180 reader: rows end with CRLF; quoted fields may hold anything, with quotes doubled.
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(csv[i++]);
                    }
                }
            }

            while (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
            {
                Assert.That(csv[i], Is.Not.EqualTo('"').And.Not.EqualTo('\n'), $"a quote or line feed outside quotes at {i}");
                field.Append(csv[i++]);
            }

            row.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == '\r')
            {
                Assert.That(csv[i + 1], Is.EqualTo('\n'), "CR without LF");
                rows.Add([.. row]);
                row.Clear();
                i += 2;
            }
            else
            {
                i++;
            }
        }

        return rows;
    }
}
