using System.CommandLine;
using Extract.Documents;
using Extract.Sentences;
using Extract.Splitting;
using Spectre.Console;

namespace Extract.Sample.Commands;

/// <summary><c>split FILE</c>: splits a bilingual document into its editions and summarizes each.</summary>
internal static class SplitCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A document holding both editions (text, HTML or PDF)." };
        var command = new Command("split", "Split a bilingual document into its Chinese and English editions and summarize each.") { file };
        command.SetAction(result => Cli.Run(() =>
        {
            var editions = EditionSplitter.Split(Cli.Read(result.GetRequiredValue(file).FullName));
            Summarize(editions);
            return 0;
        }));
        return command;
    }

    /// <summary>Prints the editions' counts and their section headings side by side.</summary>
    public static void Summarize(Editions editions)
    {
        var counts = new OutputTable().Title("Editions").AddColumns("", "Chinese", "English");
        counts.AddRow("Title", Markup.Escape(editions.Chinese.Title ?? "-"), Markup.Escape(editions.English.Title ?? "-"));
        AddCounts(counts, "Sections", editions, d => d.Sections.Count());
        AddCounts(counts, "Paragraphs", editions, d => d.Paragraphs.Count());
        AddCounts(counts, "Sentences", editions, d => SentenceSplitter.Split(d).Length);
        counts.Write();

        var headings = new OutputTable().Title("Sections side by side").AddColumns("#", "Chinese", "English");
        var chinese = editions.Chinese.Sections.ToList();
        var english = editions.English.Sections.ToList();
        var ordinals = chinese.Concat(english).Select(h => h.Number?.Ordinal ?? 0).Distinct().Order();
        foreach (var ordinal in ordinals)
        {
            headings.AddRow(
                Invariant(ordinal),
                Markup.Escape(chinese.FirstOrDefault(h => h.Number?.Ordinal == ordinal)?.Text ?? "-"),
                Markup.Escape(english.FirstOrDefault(h => h.Number?.Ordinal == ordinal)?.Text ?? "-"));
        }

        headings.Write();
    }

    private static void AddCounts(OutputTable table, string what, Editions editions, Func<Document, int> count) =>
        table.AddRow(what, Invariant(count(editions.Chinese)), Invariant(count(editions.English)));

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
