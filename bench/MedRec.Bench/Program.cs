using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (BenchmarkDotNet switches, e.g. --filter '*Forecast*').
BenchmarkSwitcher.FromAssembly(typeof(MedRec.Bench.ForecastBenchmarks).Assembly).Run(args);
