using Downhill.Cli;
using Downhill.Cli.Commands;

var context = CliContext.FromProcess();
var root = CliApp.CreateRoot(context);
root.Subcommands.Add(KernelCommands.Create());
return await CliApp.InvokeAsync(root, args, context);
