using System.CommandLine;
using Extract.Checks;
using Extract.Documents;
using Extract.Facts;
using Extract.Splitting;
using Extract.Store;

namespace Extract.Sample.Commands;

/// <summary><c>check FILE... [--store DB] [--format text|md|json|csv|html]</c>: growth rates against the previous
/// period's figures, parts against totals and values restated by another document, over the documents given and the
/// store. Exit code 0 when everything is consistent, 1 when there are findings, 2 for bad input.</summary>
internal static class CheckCommand
{
    /// <summary>Exit code when some check is inconsistent.</summary>
    public const int FindingsFound = 1;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Documents to check (text, HTML or PDF), one edition or both.", Arity = ArgumentArity.OneOrMore };
        var store = new Option<FileInfo?>("--store") { Description = "A fact store (written by facts --store) whose documents the files are checked against." };
        var format = new Option<string>("--format") { Description = "Output format: text, md, json, csv or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. CheckReportWriter.Formats]);
        var command = new Command("check", "Check growth rates against last year's figures, parts against totals and figures restated by another document.") { files, store, format };
        command.SetAction(result => Cli.Run(() =>
        {
            var extractor = new FactExtractor();
            var facts = new List<StoredFact>();
            foreach (var file in result.GetRequiredValue(files))
            {
                var document = Cli.Read(file.FullName);
                var read = Cli.WithProgress($"Reading the facts of {file.Name}", progress => FactsOf(document, extractor, progress).ToList());
                var stored = FactStore.Describe(document, read);
                facts.AddRange(read.Select(f => StoredFact.From(f, stored)));
            }

            IReadOnlyList<StoredFact> reference = [];
            if (result.GetValue(store) is { } db)
            {
                if (!db.Exists)
                {
                    throw new FactStoreException(db.FullName, "no such fact store");
                }

                using var opened = FactStore.Open(db.FullName);
                reference = opened.Query();
            }

            var checks = Cli.WithProgress("Checking the facts", _ => new FactChecker().Check(facts, reference, Cli.Cancellation));
            var output = System.Console.Out;
            CheckReportWriter.Write(checks, result.GetValue(format) ?? "text", output);
            output.Flush();
            return checks.Any(c => !c.Consistent) ? FindingsFound : 0;
        }));
        return command;
    }

    /// <summary>Every fact of a document, both editions of a bilingual one, as they are read; how far through the
    /// document the reading is goes to <paramref name="progress"/> (0 to 1).</summary>
    internal static IEnumerable<Fact> FactsOf(Document document, FactExtractor extractor, Action<double> progress)
    {
        Document[] editions = [document];
        if (EditionSplitter.IsBilingual(document))
        {
            var split = EditionSplitter.Split(document);
            editions = [split.Chinese, split.English];
        }

        var total = Math.Max(1.0, editions.Sum(e => (double)e.Text.Length));
        var before = 0.0;
        foreach (var edition in editions)
        {
            foreach (var fact in extractor.Enumerate(edition, Cli.Cancellation))
            {
                progress((before + fact.Sentence.Span.End) / total);
                yield return fact;
            }

            before += edition.Text.Length;
        }
    }
}
