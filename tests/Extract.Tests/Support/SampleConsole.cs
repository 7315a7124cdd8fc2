using System.Diagnostics;

namespace Extract.Tests.Support;

/// <summary>Runs the sample console as a user runs it: its built assembly in a process of its own, output and errors
/// captured.</summary>
internal static class SampleConsole
{
    /// <summary>The console's assembly, built beside the tests in the same configuration; ignores the test where it
    /// is not built.</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var dll = Path.Combine(TestData.RepositoryRoot, "samples", "Extract.Sample", "bin", configuration, "net10.0", "Extract.Sample.dll");
            if (!File.Exists(dll))
            {
                Assert.Ignore($"The console is not built at {dll}.");
            }

            return dll;
        }
    }

    /// <summary>Runs the console with <paramref name="arguments"/>: its exit code, and its output followed by its errors.</summary>
    public static (int Code, string Output) Run(params string[] arguments) => Start("dotnet", [Dll, .. arguments]);

    /// <summary>Runs <paramref name="program"/>, two minutes at most.</summary>
    public static (int Code, string Output) Start(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within two minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
