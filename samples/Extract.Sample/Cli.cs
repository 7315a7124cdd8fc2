using Extract.Reading;
using Spectre.Console;

namespace Extract.Sample;

/// <summary>Runs a command body and turns input errors into a message and exit code 2.</summary>
internal static class Cli
{
    /// <summary>Exit code for bad input (a file that cannot be read as a document).</summary>
    public const int BadInput = 2;

    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(System.Console.Out),
        Ansi = System.Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = System.Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ExtractException e)
        {
            System.Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (IOException e)
        {
            System.Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            System.Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
    }

    public static Documents.Document Read(string path) => new DocumentReader().Read(path);
}
