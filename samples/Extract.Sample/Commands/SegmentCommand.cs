using System.CommandLine;
using System.Text;
using Extract.Segmentation;

namespace Extract.Sample.Commands;

/// <summary><c>segment FILE</c>: cuts each line of a text file into words, in jieba's output format.</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A UTF-8 text file; each line is segmented on its own." };
        var pos = new Option<bool>("--pos") { Description = "Write each token as word/tag." };
        var mode = new Option<string>("--mode") { Description = "precise (default), full or search.", DefaultValueFactory = _ => "precise" };
        mode.AcceptOnlyFromAmong("precise", "full", "search");
        var dictionary = new Option<FileInfo?>("--dict") { Description = "A dictionary in jieba's format (word freq [tag]) instead of the embedded lexicon." };
        var hmm = new Option<DirectoryInfo?>("--hmm") { Description = "A directory with hmm_start.tsv, hmm_trans.tsv and hmm_emit.tsv, to cut unknown words." };
        var command = new Command("segment", "Cut each line of a file into words, tokens joined with \" / \" as jieba prints them.")
        {
            file, pos, mode, dictionary, hmm,
        };
        command.SetAction(result => Cli.Run(() =>
        {
            var path = result.GetRequiredValue(file).FullName;
            var lexicon = result.GetValue(dictionary) is { } dict ? Lexicon.Load(dict.FullName) : Lexicon.Default;
            var model = result.GetValue(hmm) is { } directory ? HmmModel.Load(directory.FullName) : null;
            // With a dictionary of its own the output is jieba's; the embedded lexicon keeps numbers whole.
            var segmenter = new JiebaSegmenter(lexicon, model) { KeepNumbersWhole = result.GetValue(dictionary) is null };
            var segmentation = result.GetValue(mode) switch
            {
                "full" => SegmentationMode.Full,
                "search" => SegmentationMode.Search,
                _ => SegmentationMode.Precise,
            };
            var withTags = result.GetValue(pos);
            using var output = new StreamWriter(System.Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            var line = new StringBuilder();
            // Lines end at \n only (a lone \r is text to segment, as jieba sees it); a CRLF file's \r is dropped.
            var content = File.ReadAllText(path);
            var lines = content.Split('\n');
            foreach (var raw in content.EndsWith('\n') ? lines[..^1] : lines)
            {
                var text = raw.EndsWith('\r') ? raw[..^1] : raw;
                line.Clear();
                var first = true;
                foreach (var token in segmenter.Segment(text, segmentation))
                {
                    // Full mode yields empty tokens; they still get their separator, as jieba's output shows them.
                    if (!first)
                    {
                        line.Append(" / ");
                    }

                    first = false;
                    line.Append(token.Text);
                    if (withTags)
                    {
                        line.Append('/').Append(token.Tag.Code);
                    }
                }

                output.Write(line);
                output.Write('\n');
            }

            output.Flush();
            return 0;
        }));
        return command;
    }
}
