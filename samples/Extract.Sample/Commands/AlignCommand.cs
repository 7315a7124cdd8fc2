using System.CommandLine;
using Extract.Alignment;
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
        var command = new Command("align", "Align the Chinese and English editions: sections, passages and sentences.") { files, sentences };
        command.SetAction(result => Cli.Run(() =>
        {
            var editions = Cli.ReadEditions(result.GetRequiredValue(files));
            var alignment = new EditionAligner().Align(editions);
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

    private static string Cut(string text) => text.Length <= Excerpt ? text : text[..Excerpt] + "…";
}
