using System.CommandLine;
using System.Runtime.ExceptionServices;
using System.Text;
using Extract.Reading;
using Extract.Reading.Html;
using Extract.Reading.Pdf;
using Extract.Reading.Text;
using Extract.Segmentation;

namespace Extract.Sample.Commands;

/// <summary><c>segment FILE</c>: cuts each line of a text file (or each block of a PDF or web page) into words, in
/// jieba's output format.</summary>
internal static class SegmentCommand
{
    // No byte order mark; a lone surrogate becomes U+FFFD, as a stream writer writes it.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A text file (UTF-8, UTF-16, UTF-32 or GB18030; each line is segmented on its own), or a PDF or HTML document (each block is one line)." };
        var pos = new Option<bool>("--pos") { Description = "Tag parts of speech as jieba.posseg does: each token written word/tag." };
        var mode = new Option<string>("--mode") { Description = "precise (default), full or search.", DefaultValueFactory = _ => "precise" };
        mode.AcceptOnlyFromAmong("precise", "full", "search");
        var lexicon = new Option<string>("--lexicon")
        {
            Description = "jieba (default: jieba's dictionary and HMM, as jieba 0.42.1 cuts), pipeline (jieba's dictionary with the domain lexicon on top, as the fact extractor cuts) or domain (the domain lexicon alone, numbers kept whole, no HMM).",
            DefaultValueFactory = _ => "jieba",
        };
        lexicon.AcceptOnlyFromAmong("jieba", "pipeline", "domain");
        var dictionary = new Option<FileInfo?>("--dict") { Description = "A dictionary in jieba's format (word freq [tag]) instead of the embedded one." };
        var userDictionaries = new Option<FileInfo[]>("--user-dict") { Description = "A user dictionary (word [freq] [tag] per line) added on top; may be repeated.", AllowMultipleArgumentsPerToken = false };
        var hmm = new Option<DirectoryInfo?>("--hmm") { Description = "A directory with hmm_start.tsv, hmm_trans.tsv and hmm_emit.tsv instead of jieba's embedded tables." };
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not cut unknown words with the HMM (jieba's HMM=False)." };
        var command = new Command("segment", "Cut each line of a file into words, tokens joined with \" / \" as jieba prints them.")
        {
            file, pos, mode, lexicon, dictionary, userDictionaries, hmm, noHmm,
        };
        command.SetAction(result => Cli.Run(() =>
        {
            var path = result.GetRequiredValue(file).FullName;
            var domain = result.GetValue(dictionary) is null && result.GetValue(lexicon) == "domain";
            var withHmm = !result.GetValue(noHmm) && !domain;
            var segmentation = result.GetValue(mode) switch
            {
                "full" => SegmentationMode.Full,
                "search" => SegmentationMode.Search,
                _ => SegmentationMode.Precise,
            };
            var withTags = result.GetValue(pos);
            if (withTags && segmentation != SegmentationMode.Precise)
            {
                System.Console.Error.WriteLine("error: --pos tags in precise mode only, as jieba.posseg does.");
                return Cli.BadInput;
            }

            // The dictionary and the models are loaded on the other core while the file is read and decoded.
            var loadingWords = Task.Run(() => ChooseLexicon(result.GetValue(dictionary), result.GetValue(lexicon)!, result.GetValue(userDictionaries) ?? []));
            var loadingModels = Task.Run(() =>
            {
                var model = result.GetValue(hmm) is { } directory ? HmmModel.Load(directory.FullName) : withHmm ? HmmModel.Jieba : null;
                var tagger = withTags && model is not null ? PartOfSpeechModel.Jieba : null;
                return (model, tagger);
            });
            IEnumerable<string> lines = [];
            ExceptionDispatchInfo? unreadable = null;
            try
            {
                lines = ReadLines(path);
            }
            catch (Exception e)
            {
                unreadable = ExceptionDispatchInfo.Capture(e);
            }

            // A dictionary that cannot be loaded is reported before a file that cannot be read, as when one followed
            // the other; GetResult rethrows the load's own exception, not an AggregateException.
            var words = loadingWords.GetAwaiter().GetResult();
            var (model, tagger) = loadingModels.GetAwaiter().GetResult();
            unreadable?.Throw();
            ISegmenter segmenter = withTags
                ? new PartOfSpeechSegmenter(words, tagger, hmm: model is not null)
                : new JiebaSegmenter(words, model) { KeepNumbersWhole = domain };
            Write(segmenter, segmentation, withTags, lines);
            return 0;
        }));
        return command;
    }

    private static Lexicon ChooseLexicon(FileInfo? dictionary, string name, FileInfo[] userDictionaries)
    {
        var words = dictionary is not null ? Lexicon.Load(dictionary.FullName)
            : name == "pipeline" ? Lexicon.JiebaWithDomainWords
            : name == "domain" ? Lexicon.Default
            : Lexicon.Jieba;
        if (userDictionaries.Length == 0)
        {
            return words;
        }

        // The embedded lexicons are shared and read-only: user words go into a layer over them (the pipeline's is
        // itself a layer, so a fresh copy of it is made over jieba's).
        var layer = !words.IsReadOnly ? words
            : words.Base is null ? words.CreateLayer()
            : Lexicon.LoadJiebaWithDomainWords();
        foreach (var user in userDictionaries)
        {
            layer.LoadUserDictionary(user.FullName);
        }

        return layer;
    }

    /// <summary>The lines to segment. A text file is decoded as every command decodes it (encoding detected, binary
    /// data refused) but not normalized, so that its lines are cut exactly as jieba cuts them; lines end at \n only
    /// (a lone \r is text, as jieba sees it) and a CRLF file's \r is dropped. A PDF or web page is read by its
    /// reader, one line per block.</summary>
    private static IEnumerable<string> ReadLines(string path)
    {
        var options = Cli.ReaderOptions;
        var info = new FileInfo(path);
        if (info.Exists && info.Length > options.MaxInputBytes)
        {
            throw new DocumentTooLargeException(path, info.Length, options.MaxInputBytes);
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            throw new EmptyDocumentException(path, "the file is empty (0 bytes)");
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        foreach (var format in options.Formats)
        {
            if (format is not PlainTextReader && format.CanRead(head, path))
            {
                var document = format.Read(bytes, path, options, CancellationToken.None);
                return document.Blocks.Select(block => block.Text.ReplaceLineEndings(" "));
            }
        }

        var content = TextDecoder.Decode(bytes, path).Text;
        var lines = content.Split('\n');
        return (content.EndsWith('\n') ? lines[..^1] : lines).Select(line => line.EndsWith('\r') ? line[..^1] : line);
    }

    private static void Write(ISegmenter segmenter, SegmentationMode segmentation, bool withTags, IEnumerable<string> lines)
    {
        // Batches of lines are cut and encoded on every core (the segmenter is thread-safe); this thread only writes
        // their bytes, in input order, to the unbuffered standard output, in large writes.
        const int BatchLines = 256;
        using var output = System.Console.OpenStandardOutput();
        var batches = lines.Chunk(BatchLines).AsParallel().AsOrdered().Select(batch => Cut(segmenter, segmentation, withTags, batch));
        foreach (var bytes in batches)
        {
            output.Write(bytes);
        }

        output.Flush();
    }

    private static byte[] Cut(ISegmenter segmenter, SegmentationMode segmentation, bool withTags, string[] lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var first = true;
            foreach (var token in segmenter.Segment(line, segmentation))
            {
                // Full mode yields empty tokens; they still get their separator, as jieba's output shows them.
                if (!first)
                {
                    text.Append(" / ");
                }

                first = false;
                text.Append(token.Text);
                if (withTags)
                {
                    text.Append('/').Append(token.Tag.Code);
                }
            }

            text.Append('\n');
        }

        return Utf8.GetBytes(text.ToString());
    }
}
