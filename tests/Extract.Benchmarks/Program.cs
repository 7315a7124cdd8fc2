using BenchmarkDotNet.Running;
using Extract.Benchmarks;

// dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Extract.Benchmarks -- scaling 2 5 10 20   (reconciliation against size)
if (args.Length > 0 && args[0] == "scaling")
{
    ReconciliationScaling.Run(args.Skip(1).Select(int.Parse));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
