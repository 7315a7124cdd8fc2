using System.CommandLine;
using Extract.Alignment;
using Extract.Reporting;
using Extract.Splitting;

namespace Extract.Sample.Commands;

/// <summary><c>align FILE</c> or <c>align ZH EN</c>: shows how the two editions' passages and sentences correspond.</summary>
internal static class AlignCommand
{
    private const int Excerpt = 36;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILES") { Description = "One document holding both editions, or the Chinese and the English edition.", Arity = new ArgumentArity(1, 2) };
        var sentences = new Option<bool>("--sentences") { Description = "Show the sentence links inside each passage." };
        var format = new Option<string?>("--format", "-f") { Description = "Export the sentence alignment instead: tmx (a TMX 1.4b translation memory) or tsv (Chinese and English columns)." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "With --format: write the export to this file instead of the console." };
        var command = new Command("align", "Align the Chinese and English editions: sections, passages and sentences; or export the sentence alignment as TMX or TSV.") { files, sentences, format, output };
        command.SetAction(result => Cli.Run(() =>
        {
            var editions = Cli.ReadEditions(result.GetRequiredValue(files));
            var alignment = new EditionAligner().Align(editions);
            if (result.GetValue(format) is { } name)
            {
                return Export(alignment, name, result.GetValue(output));
            }

            foreach (var section in alignment.Sections)
            {
                System.Console.Out.WriteLine($"== {section.Ordinal}: {section.Chinese?.Text ?? "-"} | {section.English?.Text ?? "-"}");
                foreach (var passage in section.Passages)
                {
                    System.Console.Out.WriteLine($"  [{passage.Chinese.Length}:{passage.English.Length}] {Cut(string.Join(" ", passage.Chinese.Select(b => b.Text)))} | {Cut(string.Join(" ", passage.English.Select(b => b.Text)))}");
                    if (result.GetValue(sentences))
                    {
                        foreach (var link in passage.Sentences)
                        {
                            System.Console.Out.WriteLine($"      ({link.Chinese.Length}:{link.English.Length}) {Cut(string.Concat(link.Chinese.Select(s => s.Text)))} | {Cut(string.Join(" ", link.English.Select(s => s.Text)))}");
                        }
                    }
                }
            }

            System.Console.Out.WriteLine($"Sentences with a counterpart: {alignment.MatchedShare:P0}");
            return 0;
        }));
        return command;
    }

    private static int Export(EditionAlignment alignment, string format, FileInfo? output)
    {
        Action<EditionAlignment, TextWriter>? write = format.ToLowerInvariant() switch
        {
            "tmx" => (a, w) => AlignmentWriter.WriteTmx(a, w),
            "tsv" => AlignmentWriter.WriteTsv,
            _ => null,
        };
        if (write is null)
        {
            System.Console.Error.WriteLine($"error: the alignment exports as tmx or tsv, not \"{format}\".");
            return Cli.BadInput;
        }

        if (output is null)
        {
            write(alignment, System.Console.Out);
            return 0;
        }

        using (var writer = new StreamWriter(output.FullName, false, new System.Text.UTF8Encoding(false)))
        {
            write(alignment, writer);
        }

        System.Console.Out.WriteLine($"Wrote {alignment.SentenceLinks.Count(l => !l.Chinese.IsEmpty && !l.English.IsEmpty)} sentence pairs to {output.FullName}.");
        return 0;
    }

    // Excerpts fit a terminal's line; redirected output keeps each side whole.
    private static string Cut(string text) => OutputTable.Plain || text.Length <= Excerpt ? text : text[..Excerpt] + "…";
}
