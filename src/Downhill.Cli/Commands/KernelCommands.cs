using System.CommandLine;
using Downhill.Jupyter.Install;
using Downhill.Jupyter.Kernel;

namespace Downhill.Cli.Commands;

/// <summary>`downhill kernel …`: the Jupyter kernel's install, uninstall, list and start.</summary>
internal static class KernelCommands
{
    public static Command Create()
    {
        var kernel = new Command("kernel", "Install, remove, list or start the C# (Downhill) Jupyter kernel.");
        kernel.Subcommands.Add(Install());
        kernel.Subcommands.Add(Uninstall());
        kernel.Subcommands.Add(List());
        kernel.Subcommands.Add(Start());
        return kernel;
    }

    private static Command Install()
    {
        var command = new Command("install", "Write the 'downhill' kernelspec so VS Code, JupyterLab and nbconvert can start this build's kernel (default: --user).");
        var where = new Placement(command);
        command.SetAction(result =>
        {
            if (!where.TryResolve(result, out var folder)) return 1;
            return Guarded(() =>
            {
                var installed = KernelSpecInstaller.Install(folder, KernelSpecInstaller.LaunchCommandOfThisProcess());
                Console.WriteLine($"Installed the C# (Downhill) kernel in {installed}");
                return 0;
            });
        });
        return command;
    }

    private static Command Uninstall()
    {
        var command = new Command("uninstall", "Remove the 'downhill' kernelspec from the same place install wrote it (default: --user).");
        var where = new Placement(command);
        command.SetAction(result =>
        {
            if (!where.TryResolve(result, out var folder)) return 1;
            return Guarded(() =>
            {
                if (KernelSpecInstaller.Uninstall(folder))
                {
                    Console.WriteLine($"Removed the C# (Downhill) kernel from {Path.Combine(folder, Downhill.Jupyter.KernelIdentity.KernelName)}");
                    return 0;
                }
                Console.Error.WriteLine($"The C# (Downhill) kernel is not installed in {folder}; nothing to remove.");
                return 1;
            });
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Show where Jupyter finds the 'downhill' kernelspec (the first one listed is the one it uses).");
        command.SetAction(_ =>
        {
            var found = KernelSpecInstaller.Find(KernelSpecPaths.SearchPath());
            if (found.Count == 0)
            {
                Console.WriteLine("The C# (Downhill) kernel is not installed; run: downhill kernel install");
                return 1;
            }
            foreach (var spec in found)
                Console.WriteLine($"{spec.Folder}\n    starts: {string.Join(' ', spec.Argv)}");
            return 0;
        });
        return command;
    }

    private static Command Start()
    {
        var command = new Command("start", "Run the kernel (Jupyter does this, passing the connection file it wrote).");
        var connectionFile = new Argument<string>("connection_file") { Description = "The JSON connection file Jupyter wrote for this kernel." };
        command.Arguments.Add(connectionFile);
        command.SetAction((result, _) => JupyterKernel.RunAsync(result.GetValue(connectionFile)!));
        return command;
    }

    private static int Guarded(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    /// <summary>The three mutually exclusive answers to "where does the kernelspec go?".</summary>
    private sealed class Placement
    {
        private readonly Option<bool> _user = new("--user") { Description = "The current user's Jupyter data folder (the default)." };
        private readonly Option<string> _prefix = new("--prefix") { Description = "Under DIR/share/jupyter/kernels (for a virtual environment or a test)." };
        private readonly Option<bool> _sysPrefix = new("--sys-prefix") { Description = "The kernels folder of the Python environment that runs Jupyter." };

        public Placement(Command command)
        {
            _prefix.HelpName = "DIR";
            command.Options.Add(_user);
            command.Options.Add(_prefix);
            command.Options.Add(_sysPrefix);
        }

        public bool TryResolve(ParseResult result, out string kernelsFolder)
        {
            var user = result.GetValue(_user);
            var prefix = result.GetValue(_prefix);
            var sysPrefix = result.GetValue(_sysPrefix);
            kernelsFolder = "";
            if ((user ? 1 : 0) + (prefix is null ? 0 : 1) + (sysPrefix ? 1 : 0) > 1)
            {
                Console.Error.WriteLine("Choose one of --user, --prefix DIR or --sys-prefix, not several.");
                return false;
            }
            if (prefix is not null)
            {
                kernelsFolder = KernelSpecPaths.Prefix(prefix);
                return true;
            }
            if (sysPrefix)
            {
                var folder = KernelSpecPaths.SysPrefix();
                if (folder is null)
                {
                    Console.Error.WriteLine("--sys-prefix needs Python (python3 on PATH, or an active virtualenv or conda environment); none was found.");
                    return false;
                }
                kernelsFolder = folder;
                return true;
            }
            kernelsFolder = KernelSpecPaths.User();
            return true;
        }
    }
}
