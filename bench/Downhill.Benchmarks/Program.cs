using BenchmarkDotNet.Running;
using Downhill.Benchmarks;

// Run: dotnet run -c Release --project bench/Downhill.Benchmarks -- --filter '*'
//      dotnet run -c Release --project bench/Downhill.Benchmarks -- class [--students 10]   (a class on JupyterHub; see ClassBench)
//      dotnet run -c Release --project bench/Downhill.Benchmarks -- lessons [--lesson notebooks/NN.ipynb] [--rerun-only]  (one kernel's cost per lesson; see LessonCostBench)
//      dotnet run -c Release --project bench/Downhill.Benchmarks -- cells [notebooks/NN.ipynb …]      (each lesson cell's time; see CellTimes)
if (args.Length > 0 && args[0] == "class") return ClassBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "lessons") return LessonCostBench.Run(args[1..]);
if (args.Length > 0 && args[0] == "cells") return CellTimes.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
