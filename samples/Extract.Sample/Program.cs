using System.CommandLine;
using Extract.Sample;
using Extract.Sample.Commands;

var root = new RootCommand("Extract: reads the Chinese and English editions of a white paper, finds every number with its unit, and shows where the editions disagree. Run with no command to see the whole pipeline on the embedded sample documents.");
root.SetAction(_ => Cli.Run(ShowcaseCommand.Run));

// Every command that reads a document takes the password of an encrypted PDF.
var password = new Option<string?>("--password") { Description = "The user password of an encrypted PDF (any command that reads one).", Recursive = true };
root.Options.Add(password);
foreach (var command in CommandCatalog.All)
{
    root.Add(command);
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Wrong arguments are bad input too: exit code 2, as for a file that cannot be read.
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help to see the commands and their arguments.");
    return Cli.BadInput;
}

Cli.ReaderOptions = Extract.Reading.ReaderOptions.Default with { PdfPassword = parsed.GetValue(password) };

// Interrupts are the console's own to handle (Cli.HandleInterrupts), for synchronous commands as for asynchronous ones.
Cli.HandleInterrupts();
return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, Cli.Cancellation).ConfigureAwait(false);
