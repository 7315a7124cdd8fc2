using System.CommandLine;
using Extract.Sample;
using Extract.Sample.Commands;

var root = new RootCommand("Extract: reads the Chinese and English editions of a white paper, finds every number with its unit, and shows where the editions disagree. Run with no command to see the whole pipeline on the embedded sample documents.");
root.SetAction(_ => Cli.Run(ShowcaseCommand.Run));
foreach (var command in CommandCatalog.All)
{
    root.Add(command);
}

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
