using SharpFuzz;

namespace Extract.Fuzz;

/// <summary>Coverage-guided fuzzing through SharpFuzz and afl-fuzz (run by <c>afl.sh</c>, which instruments the
/// assemblies): every input afl-fuzz makes runs through the same <see cref="FuzzPipeline"/> as the mutation runs; an
/// untyped exception is a crash for afl-fuzz, and a run over its time-out a hang.</summary>
internal static class CoverageGuided
{
    /// <summary><c>--afl FORMAT</c>: the target afl-fuzz starts. <c>--afl-seeds FORMAT DIR</c>: writes the seed files
    /// of a format to start from. <c>--afl-replay FORMAT FILE...</c>: runs inputs afl-fuzz saved and says what each
    /// does, with the stack of an untyped exception; exit code 1 when any fails.</summary>
    public static int Run(string[] args, string root)
    {
        var format = args.Length > 1 ? args[1] : "pdf";
        if (!Seeds.Formats.TryGetValue(format, out var extensions))
        {
            Console.Error.WriteLine($"unknown format '{format}': one of {string.Join(", ", Seeds.Formats.Keys)}");
            return 2;
        }

        // afl-fuzz's inputs have no names: each is read as a file of the format's first extension.
        var name = "input" + extensions[0];
        switch (args[0])
        {
            case "--afl-seeds":
                Directory.CreateDirectory(args[2]);
                foreach (var (seedName, bytes, _) in Seeds.OfFormat(Seeds.Find(root), format))
                {
                    File.WriteAllBytes(Path.Combine(args[2], Path.GetFileName(seedName)), bytes);
                }

                return 0;
            case "--afl-replay":
                var pipeline = new FuzzPipeline(Seeds.PartnerEditions(root));
                var failures = 0;
                foreach (var file in args.Skip(2))
                {
                    try
                    {
                        Console.WriteLine($"{file}: {pipeline.Run(File.ReadAllBytes(file), name)} findings");
                    }
                    catch (ExtractException e)
                    {
                        Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        failures++;
                        Console.WriteLine($"{file}: FAIL {e}");
                    }
                }

                return failures == 0 ? 0 : 1;
            default:
                // Made on the first input: instrumented code must not run before afl-fuzz's coverage map is set up.
                FuzzPipeline? target = null;
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    try
                    {
                        (target ??= new FuzzPipeline(Seeds.PartnerEditions(root))).Run(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), name);
                    }
                    catch (ExtractException)
                    {
                        // Bad input told as bad input: what the pipeline promises.
                    }
                });
                return 0;
        }
    }
}
