using Extract.Reading.Text;
using Extract.Reconciliation;
using Extract.Splitting;

namespace Extract.Tests.Reconciliation;

/// <summary>Reconciles texts given as strings, each read as a document of its own, as a user reading two files would.</summary>
internal static class Reconcile
{
    public static ConsistencyReport Texts(string chinese, string english, ReconciliationOptions? options = null) =>
        new Reconciler(options).Reconcile(Editions.Pair(PlainTextReader.ReadText(chinese, "zh.txt"), PlainTextReader.ReadText(english, "en.txt")));

    /// <summary>A discrepancy in one line, for failure messages.</summary>
    public static string Describe(Discrepancy d) =>
        $"{d.Kind} {d.Severity}: zh “{d.Chinese?.Quantity.Text ?? "-"}” en “{d.English?.Quantity.Text ?? "-"}” — {d.Message}";

    public static string Describe(IEnumerable<Discrepancy> discrepancies) =>
        string.Join("\n", discrepancies.Select(Describe)) is { Length: > 0 } text ? text : "(none)";
}
