using Extract.Splitting;

using Spectre.Console;

namespace Extract.Sample.Commands;

/// <summary>What the console does with no command: the pipeline on the embedded 2019 white paper.</summary>
internal static class ShowcaseCommand
{
    public static int Run()
    {
        Cli.Out.MarkupLine($"[bold]Extract[/]: the embedded sample documents are {string.Join(", ", SampleDocuments.Names)}.");
        Cli.Out.MarkupLine($"Reading [bold]{SampleDocuments.Whitepaper2019}[/], which holds the Chinese edition followed by the English one.");
        var document = SampleDocuments.Read(SampleDocuments.Whitepaper2019);
        var editions = EditionSplitter.Split(document);
        SplitCommand.Summarize(editions);
        return 0;
    }
}
