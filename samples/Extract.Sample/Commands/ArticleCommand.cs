using System.CommandLine;
using System.Globalization;
using Extract.Documents;
using Extract.Reading.Html;
using Spectre.Console;

namespace Extract.Sample.Commands;

/// <summary><c>article PAGE</c>: reads the article of a web page and shows its blocks with the elements they came from.</summary>
internal static class ArticleCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("PAGE") { Description = "A web page (.html/.htm), in UTF-8, GB2312/GBK or any charset it declares." };
        var command = new Command("article", "Read the article of a web page without its navigation, footer and other chrome; show its title, date and blocks with their element paths.") { file };
        command.SetAction((result, cancellationToken) => Task.FromResult(Cli.Run(() =>
        {
            var path = result.GetRequiredValue(file).FullName;
            HtmlArticle article;
            using (var stream = File.OpenRead(path))
            {
                article = new HtmlReader().ReadArticleAsync(stream, path, cancellationToken: cancellationToken).GetAwaiter().GetResult();
            }

            Show(article);
            return 0;
        })));
        return command;
    }

    private static void Show(HtmlArticle article)
    {
        var document = article.Document;
        Cli.Out.MarkupLine($"[bold]{Markup.Escape(document.Title ?? "(no title)")}[/]");
        Cli.Out.MarkupLine($"Published: {(article.PublicationDate is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-")} · Language: {document.Language} · {document.Blocks.Length} blocks");
        var table = new OutputTable().AddColumns("#", "Kind", "Page", "Element", "Text");
        foreach (var block in document.Blocks)
        {
            var kind = block switch
            {
                Heading h => "heading " + h.Level.ToString(CultureInfo.InvariantCulture),
                Documents.Table => "table",
                Caption => "caption",
                _ => "paragraph",
            };
            var text = block.Text.Length > 60 && !OutputTable.Plain ? block.Text[..60] + "…" : block.Text;
            table.AddRow(
                block.Location.BlockIndex.ToString(CultureInfo.InvariantCulture),
                kind,
                block.Location.Page?.ToString(CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(block.Location.ElementPath ?? ""),
                Markup.Escape(text.ReplaceLineEndings(" ")));
        }

        table.Write();
    }
}
