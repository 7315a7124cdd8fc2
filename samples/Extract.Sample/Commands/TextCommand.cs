using System.CommandLine;
using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Html;
using Extract.Reading.Pdf;
using Extract.Reading.Text;
using Extract.Reading.Word;

namespace Extract.Sample.Commands;

/// <summary><c>text FILE</c>: prints the document as read, block by block, with each block's kind and page (or, for
/// a Word document, its paragraph, table or note).</summary>
internal static class TextCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A document (PDF, sniffed by %PDF-; Word .docx, sniffed as a zip package; a web page; or text)." };
        var poppler = new Option<bool>("--pdftotext") { Description = "Read PDFs with poppler's pdftotext instead of the in-process reader (PdfPig)." };
        var original = new Option<bool>("--original") { Description = "Read a Word document's tracked changes as the original: deletions kept, insertions dropped." };
        var command = new Command("text", "Print a document as read: its blocks with their kind (heading, paragraph, caption, table) and page or place.") { file, poppler, original };
        command.SetAction(result => Cli.Run(() =>
        {
            var pdfOptions = new PdfReaderOptions { Password = Cli.ReaderOptions.PdfPassword };
            IDocumentFormatReader pdf = result.GetValue(poppler) ? new PdftotextReader(pdfOptions) : new PdfReader(pdfOptions);
            var word = new WordReader { Revisions = result.GetValue(original) ? RevisionView.Original : RevisionView.Final };
            // The same readers as every other command, the PDF reader chosen by --pdftotext.
            var reader = new DocumentReader(Cli.ReaderOptions with { Formats = [pdf, word, new HtmlReader(), new PlainTextReader()] });
            Print(reader.Read(result.GetRequiredValue(file).FullName));
            return 0;
        }));
        return command;
    }

    private static void Print(Document document)
    {
        var output = System.Console.Out;
        output.WriteLine($"# {document.SourcePath}: {document.Format}, {document.Language}, {document.Blocks.Length} blocks, title: {document.Title ?? "-"}");
        foreach (var unread in document.UnreadPages)
        {
            output.WriteLine($"# page {unread.Page} not read: {unread.Reason}");
        }
        foreach (var block in document.Blocks)
        {
            var page = block.Location.Page is { } p ? $"p{p}" : block.Location.ElementPath ?? "-";
            var kind = block switch
            {
                Heading h => $"heading {h.Level}",
                Table => "table",
                Caption => "caption",
                _ => "paragraph",
            };
            output.WriteLine();
            output.WriteLine($"[{block.Location.BlockIndex} {page} {kind} {block.Language}]");
            if (block is Table table)
            {
                foreach (var row in table.Rows)
                {
                    output.WriteLine("| " + string.Join(" | ", row.Cells.Select(c => c.Text)) + " |");
                }
            }
            else
            {
                output.WriteLine(block.Text);
            }
        }
    }
}
