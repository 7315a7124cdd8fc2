using System.CommandLine;
using Extract.Sentences;

namespace Extract.Sample.Commands;

/// <summary><c>sentences FILE</c>: prints every sentence of a document with its offsets.</summary>
internal static class SentencesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A document (text, HTML or PDF)." };
        var command = new Command("sentences", "Print every sentence of a document, one per line, with its block, language and offsets.") { file };
        command.SetAction(result => Cli.Run(() =>
        {
            var document = Cli.Read(result.GetRequiredValue(file).FullName);
            System.Console.Out.WriteLine("block\tlanguage\tstart\tlength\ttext");
            foreach (var sentence in SentenceSplitter.Split(document))
            {
                System.Console.Out.WriteLine($"{sentence.BlockIndex}\t{sentence.Language}\t{sentence.Span.Start}\t{sentence.Span.Length}\t{sentence.Text}");
            }

            return 0;
        }));
        return command;
    }
}
