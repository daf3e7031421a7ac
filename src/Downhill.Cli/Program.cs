using System.CommandLine;
using Downhill.Cli.Commands;

var root = new RootCommand("Downhill: run, render and serve the gradient descent notebooks.");
root.Subcommands.Add(KernelCommands.Create());
return root.Parse(args).Invoke();
