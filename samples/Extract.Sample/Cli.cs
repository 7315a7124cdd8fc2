using Extract.Reading;
using Spectre.Console;

namespace Extract.Sample;

/// <summary>Runs a command body and turns input errors into a message and exit code 2.</summary>
internal static class Cli
{
    /// <summary>Exit code for bad input (a file that cannot be read as a document).</summary>
    public const int BadInput = 2;

    /// <summary>Exit code when the user interrupts the work (Ctrl+C, SIGINT or SIGTERM), as shells report it.</summary>
    public const int Interrupted = 130;

    // How long work that does not observe the token may go on after an interrupt before the process ends anyway.
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(3);

    private static readonly CancellationTokenSource InterruptSource = new();

    private static readonly List<IDisposable> SignalHandlers = [];

    /// <summary>Cancelled when the user interrupts: every command hands it to the library's long entry points.</summary>
    public static CancellationToken Cancellation => InterruptSource.Token;

    /// <summary>Turns Ctrl+C, SIGINT and SIGTERM into <see cref="Cancellation"/>: the work stops at its next check, the
    /// command writes no partial result and exits with <see cref="Interrupted"/>. A second interrupt ends the process
    /// at once.</summary>
    public static void HandleInterrupts()
    {
        foreach (var signal in new[] { System.Runtime.InteropServices.PosixSignal.SIGINT, System.Runtime.InteropServices.PosixSignal.SIGTERM })
        {
            SignalHandlers.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(signal, context =>
            {
                if (InterruptSource.IsCancellationRequested)
                {
                    return;
                }

                context.Cancel = true;
                InterruptSource.Cancel();
                _ = Task.Delay(InterruptGrace).ContinueWith(_ =>
                {
                    System.Console.Error.WriteLine("error: interrupted");
                    Environment.Exit(Interrupted);
                }, TaskScheduler.Default);
            }));
        }
    }

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
        catch (OperationCanceledException) when (Cancellation.IsCancellationRequested)
        {
            System.Console.Error.WriteLine("error: interrupted; nothing more was written");
            return Interrupted;
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

    public static Documents.Document Read(string path) =>
        WithProgress($"Reading {Path.GetFileName(path)}", _ => new DocumentReader(ReaderOptions).Read(path, Cancellation));

    /// <summary>Runs <paramref name="work"/> with a progress bar on a terminal: the work reports how far it is (0 to 1)
    /// through the callback it is given, or never, for a bar that only shows it runs. Redirected output (a file, a pipe,
    /// a test) gets nothing but the results; so does work inside other work that shows one.</summary>
    public static T WithProgress<T>(string what, Func<Action<double>, T> work)
    {
        if (System.Console.IsOutputRedirected || System.Console.IsErrorRedirected || _status)
        {
            return work(_ => { });
        }

        _status = true;
        try
        {
            return Out.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(what), maxValue: 1);
                    task.IsIndeterminate = true;

                    // Drawn at once: work shorter than a refresh interval still says what ran.
                    context.Refresh();
                    var result = work(fraction =>
                    {
                        task.IsIndeterminate = false;
                        task.Value = Math.Clamp(fraction, 0, 1);
                    });
                    task.Value = 1;
                    return result;
                });
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
