using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Extract.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
