using Extract.Reading;
using Spectre.Console;

namespace Extract.Sample;

/// <summary>Runs a command body and turns input errors into a message and exit code 2.</summary>
internal static class Cli
{
    /// <summary>Exit code for bad input (a file that cannot be read as a document).</summary>
    public const int BadInput = 2;

    public static IAnsiConsole Out { get; } = CreateOut();

    private static IAnsiConsole CreateOut()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Ansi = System.Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = System.Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });

        // Output read by a program is not wrapped at a terminal's width.
        if (System.Console.IsOutputRedirected)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }

    public static int Run(Func<int> body) => RunAsync(() => Task.FromResult(body())).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (PasswordRequiredException e)
        {
            // The library names its own option; here the user gives the password on the command line.
            System.Console.Error.WriteLine(e.PasswordGiven
                ? $"error: {e.Message} (--password)"
                : $"error: {e.SourcePath}: the PDF is encrypted with a user password; give it with --password PW");
            return BadInput;
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

    /// <summary>How every command reads documents: the <c>--password</c> given to any of them goes to the PDF reader.</summary>
    public static ReaderOptions ReaderOptions { get; set; } = ReaderOptions.Default;

    public static Documents.Document Read(string path) => WithStatus($"Reading {Path.GetFileName(path)}", () => new DocumentReader(ReaderOptions).Read(path));

    /// <summary>Runs <paramref name="work"/> with a spinner saying what it does, on a terminal only: redirected
    /// output (a file, a pipe, a test) gets nothing but the results.</summary>
    public static T WithStatus<T>(string what, Func<T> work)
    {
        // One spinner at a time: work inside another's (reading the file whose facts are read) shows none of its own.
        if (System.Console.IsOutputRedirected || System.Console.IsErrorRedirected || _status)
        {
            return work();
        }

        _status = true;
        try
        {
            return Out.Status().Start(Markup.Escape(what) + "…", _ => work());
        }
        finally
        {
            _status = false;
        }
    }

    private static bool _status;

    /// <summary>The two editions: split from one bilingual file, or read from two files (Chinese first or not).</summary>
    public static Splitting.Editions ReadEditions(IReadOnlyList<FileInfo> files)
    {
        if (files.Count == 1)
        {
            return Splitting.EditionSplitter.Split(Read(files[0].FullName));
        }

        return Splitting.Editions.Pair(Read(files[0].FullName), Read(files[1].FullName));
    }
}
